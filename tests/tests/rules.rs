//! Every rule has a fixture folder with cases that must be flagged and cases
//! that must not, and a snapshot of its findings over that folder.

use presslint_lint::rules::REGISTRY;
use presslint_tests::presslint;

#[test]
fn every_rule_has_a_fixture_and_a_snapshot() {
    for rule in REGISTRY {
        let code = rule.info.code;
        let dir = format!("fixtures/rules/{code}");
        assert!(
            std::path::Path::new(&dir).is_dir(),
            "rule {code} has no fixture folder {dir}"
        );
        let human = presslint(&["check", &dir, "--select", code, "--color", "never"], b"");
        assert!(human.code <= 1, "{}", human.transcript());
        let concise = presslint(&["check", &dir, "--select", code, "--format", "concise"], b"");
        insta::assert_snapshot!(
            format!("rule-{code}"),
            format!("{}\n{}", concise.transcript(), human.stdout)
        );
        assert!(
            concise.stdout.lines().any(|l| l.contains(&format!(" {code} "))),
            "the fixture of {code} has no case that it flags"
        );
    }
}
