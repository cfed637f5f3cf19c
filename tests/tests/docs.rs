//! `docs/rules.md` is generated from the rules' own documentation; it must
//! not drift from them (`cargo xtask docs` rewrites it).

#[test]
fn the_rules_document_is_up_to_date() {
    let current = std::fs::read_to_string("../docs/rules.md").expect("docs/rules.md exists");
    assert!(
        current == presslint_lint::docs::rules_document(),
        "docs/rules.md is stale: run `cargo xtask docs`"
    );
    for rule in presslint_lint::rules::REGISTRY {
        assert!(
            current.contains(&format!("\n## {}\n", rule.info.code)),
            "{}",
            rule.info.code
        );
    }
}
