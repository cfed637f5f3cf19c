//! Every rule, one file each, and the registry that lists them.
//!
//! A file holds the rule's declaration — whose doc comment is the
//! documentation `presslint rule CODE` prints — and its check. Rules that
//! concern reading input (`V001`–`V004`, `V101`) are reported by the input
//! stage and have no check of their own here.

mod b101_wire_dateline;
mod b102_distribution_notice;
mod b103_disclaimer;
mod b104_safe_harbor;
mod b105_about_company;
mod b106_copyright;
mod b107_end_mark;
mod b201_contact;
mod b202_address;
mod b301_navigation;
mod b302_breadcrumb;
mod b303_web_widget;
mod b304_byline;
mod b305_photo_credit;
mod b401_markup;
mod b501_template_line;
mod b502_repeated_line;
mod d101_exact_duplicate;
pub mod d102_near_duplicate;
mod d103_syndicated_copy;
mod d104_passage_reuse;
mod d105_same_event;
mod d106_duplicate_title;
mod f101_headline_conflict;
mod f102_cross_document_conflict;
mod f201_total_mismatch;
mod f202_growth_mismatch;
mod f203_part_exceeds_whole;
mod f204_scale_mismatch;
mod f301_weekday_mismatch;
pub(crate) mod figures;
mod passages;
pub mod residue;
mod v001_unreadable_input;
mod v002_binary_input;
mod v003_malformed_record;
mod v004_malformed_front_matter;
mod v005_empty_document;
mod v006_document_too_large;
pub(crate) mod v007_line_too_long;
pub(crate) mod v101_invalid_utf8;
mod v102_mojibake;
mod v103_replacement_character;
mod v104_stray_bom;
mod v201_fullwidth_punctuation;
mod v202_control_character;
mod v203_invisible_character;
mod v204_nonbreaking_space;
mod v205_unbalanced_delimiters;
mod v301_glued_words;
mod v401_missing_metadata;
mod v402_invalid_date;
mod v403_invalid_url;
mod v404_duplicate_id;
mod v405_unknown_language;
mod v406_date_mismatch;
mod v501_short_document;
mod v502_truncated_text;

pub use b101_wire_dateline::WireDateline;
pub use b102_distribution_notice::DistributionNotice;
pub use b103_disclaimer::Disclaimer;
pub use b104_safe_harbor::SafeHarbor;
pub use b105_about_company::AboutCompany;
pub use b106_copyright::Copyright;
pub use b107_end_mark::EndMark;
pub use b201_contact::Contact;
pub use b202_address::Address;
pub use b301_navigation::Navigation;
pub use b302_breadcrumb::Breadcrumb;
pub use b303_web_widget::WebWidget;
pub use b304_byline::Byline;
pub use b305_photo_credit::PhotoCredit;
pub use b401_markup::Markup;
pub use b501_template_line::TemplateLine;
pub use b502_repeated_line::{RepeatedLine, RepeatedLineOptions};
pub use d101_exact_duplicate::ExactDuplicate;
pub use d102_near_duplicate::{NearDuplicate, NearDuplicateOptions};
pub use d103_syndicated_copy::SyndicatedCopy;
pub use d104_passage_reuse::PassageReuse;
pub use d105_same_event::{SameEvent, SameEventOptions};
pub use d106_duplicate_title::DuplicateTitle;
pub use f101_headline_conflict::HeadlineConflict;
pub use f102_cross_document_conflict::CrossDocumentConflict;
pub use f201_total_mismatch::TotalMismatch;
pub use f202_growth_mismatch::GrowthMismatch;
pub use f203_part_exceeds_whole::PartExceedsWhole;
pub use f204_scale_mismatch::ScaleMismatch;
pub use f301_weekday_mismatch::WeekdayMismatch;
pub use v001_unreadable_input::UnreadableInput;
pub use v002_binary_input::BinaryInput;
pub use v003_malformed_record::MalformedRecord;
pub use v004_malformed_front_matter::MalformedFrontMatter;
pub use v005_empty_document::EmptyDocument;
pub use v006_document_too_large::DocumentTooLarge;
pub use v007_line_too_long::LineTooLong;
pub use v101_invalid_utf8::InvalidUtf8;
pub use v102_mojibake::Mojibake;
pub use v103_replacement_character::ReplacementCharacter;
pub use v104_stray_bom::StrayBom;
pub use v201_fullwidth_punctuation::FullwidthPunctuation;
pub use v202_control_character::ControlCharacter;
pub use v203_invisible_character::InvisibleCharacter;
pub use v204_nonbreaking_space::NonbreakingSpace;
pub use v205_unbalanced_delimiters::UnbalancedDelimiters;
pub use v301_glued_words::GluedWords;
pub use v301_glued_words::GluedWordsOptions;
pub use v401_missing_metadata::MissingMetadata;
pub use v401_missing_metadata::MissingMetadataOptions;
pub use v402_invalid_date::InvalidDate;
pub use v402_invalid_date::InvalidDateOptions;
pub use v403_invalid_url::InvalidUrl;
pub use v404_duplicate_id::DuplicateId;
pub use v405_unknown_language::UnknownLanguage;
pub use v405_unknown_language::UnknownLanguageOptions;
pub use v406_date_mismatch::DateMismatch;
pub use v501_short_document::ShortDocument;
pub use v501_short_document::ShortDocumentOptions;
pub use v502_truncated_text::TruncatedText;

use crate::corpus::CorpusCheck;
use crate::rule::{DocCheck, RuleInfo};

/// How a rule runs.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reported while reading input.
    Input,
    /// Runs over one parsed document.
    Document(DocCheck),
    /// Runs over the sketches of the whole corpus.
    Corpus(CorpusCheck),
}

/// A registered rule: its identity and how it runs.
#[derive(Clone, Copy)]
pub struct Registered {
    /// Identity and documentation.
    pub info: RuleInfo,
    /// How it runs.
    pub check: Check,
}

/// Every rule, in code order.
pub static REGISTRY: &[Registered] = &[
    Registered {
        info: WireDateline::INFO,
        check: Check::Document(b101_wire_dateline::check),
    },
    Registered {
        info: DistributionNotice::INFO,
        check: Check::Document(b102_distribution_notice::check),
    },
    Registered {
        info: Disclaimer::INFO,
        check: Check::Document(b103_disclaimer::check),
    },
    Registered {
        info: SafeHarbor::INFO,
        check: Check::Document(b104_safe_harbor::check),
    },
    Registered {
        info: AboutCompany::INFO,
        check: Check::Document(b105_about_company::check),
    },
    Registered {
        info: Copyright::INFO,
        check: Check::Document(b106_copyright::check),
    },
    Registered {
        info: EndMark::INFO,
        check: Check::Document(b107_end_mark::check),
    },
    Registered {
        info: Contact::INFO,
        check: Check::Document(b201_contact::check),
    },
    Registered {
        info: Address::INFO,
        check: Check::Document(b202_address::check),
    },
    Registered {
        info: Navigation::INFO,
        check: Check::Document(b301_navigation::check),
    },
    Registered {
        info: Breadcrumb::INFO,
        check: Check::Document(b302_breadcrumb::check),
    },
    Registered {
        info: WebWidget::INFO,
        check: Check::Document(b303_web_widget::check),
    },
    Registered {
        info: Byline::INFO,
        check: Check::Document(b304_byline::check),
    },
    Registered {
        info: PhotoCredit::INFO,
        check: Check::Document(b305_photo_credit::check),
    },
    Registered {
        info: Markup::INFO,
        check: Check::Document(b401_markup::check),
    },
    Registered {
        info: TemplateLine::INFO,
        check: Check::Document(b501_template_line::check),
    },
    Registered {
        info: RepeatedLine::INFO,
        check: Check::Corpus(b502_repeated_line::check),
    },
    Registered {
        info: ExactDuplicate::INFO,
        check: Check::Corpus(d101_exact_duplicate::check),
    },
    Registered {
        info: NearDuplicate::INFO,
        check: Check::Corpus(d102_near_duplicate::check),
    },
    Registered {
        info: SyndicatedCopy::INFO,
        check: Check::Corpus(d103_syndicated_copy::check),
    },
    Registered {
        info: PassageReuse::INFO,
        check: Check::Corpus(d104_passage_reuse::check),
    },
    Registered {
        info: SameEvent::INFO,
        check: Check::Corpus(d105_same_event::check),
    },
    Registered {
        info: DuplicateTitle::INFO,
        check: Check::Corpus(d106_duplicate_title::check),
    },
    Registered {
        info: HeadlineConflict::INFO,
        check: Check::Document(f101_headline_conflict::check),
    },
    Registered {
        info: CrossDocumentConflict::INFO,
        check: Check::Corpus(f102_cross_document_conflict::check),
    },
    Registered {
        info: TotalMismatch::INFO,
        check: Check::Document(f201_total_mismatch::check),
    },
    Registered {
        info: GrowthMismatch::INFO,
        check: Check::Document(f202_growth_mismatch::check),
    },
    Registered {
        info: PartExceedsWhole::INFO,
        check: Check::Document(f203_part_exceeds_whole::check),
    },
    Registered {
        info: ScaleMismatch::INFO,
        check: Check::Document(f204_scale_mismatch::check),
    },
    Registered {
        info: WeekdayMismatch::INFO,
        check: Check::Document(f301_weekday_mismatch::check),
    },
    Registered {
        info: UnreadableInput::INFO,
        check: Check::Input,
    },
    Registered {
        info: BinaryInput::INFO,
        check: Check::Input,
    },
    Registered {
        info: MalformedRecord::INFO,
        check: Check::Input,
    },
    Registered {
        info: MalformedFrontMatter::INFO,
        check: Check::Input,
    },
    Registered {
        info: EmptyDocument::INFO,
        check: Check::Document(v005_empty_document::check),
    },
    Registered {
        info: DocumentTooLarge::INFO,
        check: Check::Input,
    },
    Registered {
        info: LineTooLong::INFO,
        check: Check::Document(v007_line_too_long::check),
    },
    Registered {
        info: InvalidUtf8::INFO,
        check: Check::Input,
    },
    Registered {
        info: Mojibake::INFO,
        check: Check::Document(v102_mojibake::check),
    },
    Registered {
        info: ReplacementCharacter::INFO,
        check: Check::Document(v103_replacement_character::check),
    },
    Registered {
        info: StrayBom::INFO,
        check: Check::Document(v104_stray_bom::check),
    },
    Registered {
        info: FullwidthPunctuation::INFO,
        check: Check::Document(v201_fullwidth_punctuation::check),
    },
    Registered {
        info: ControlCharacter::INFO,
        check: Check::Document(v202_control_character::check),
    },
    Registered {
        info: InvisibleCharacter::INFO,
        check: Check::Document(v203_invisible_character::check),
    },
    Registered {
        info: NonbreakingSpace::INFO,
        check: Check::Document(v204_nonbreaking_space::check),
    },
    Registered {
        info: UnbalancedDelimiters::INFO,
        check: Check::Document(v205_unbalanced_delimiters::check),
    },
    Registered {
        info: GluedWords::INFO,
        check: Check::Document(v301_glued_words::check),
    },
    Registered {
        info: MissingMetadata::INFO,
        check: Check::Document(v401_missing_metadata::check),
    },
    Registered {
        info: InvalidDate::INFO,
        check: Check::Document(v402_invalid_date::check),
    },
    Registered {
        info: InvalidUrl::INFO,
        check: Check::Document(v403_invalid_url::check),
    },
    Registered {
        info: DuplicateId::INFO,
        check: Check::Corpus(v404_duplicate_id::check),
    },
    Registered {
        info: UnknownLanguage::INFO,
        check: Check::Document(v405_unknown_language::check),
    },
    Registered {
        info: DateMismatch::INFO,
        check: Check::Document(v406_date_mismatch::check),
    },
    Registered {
        info: ShortDocument::INFO,
        check: Check::Corpus(v501_short_document::check),
    },
    Registered {
        info: TruncatedText::INFO,
        check: Check::Document(v502_truncated_text::check),
    },
];

/// The rule with this code, if any.
pub fn by_code(code: &str) -> Option<&'static Registered> {
    REGISTRY.iter().find(|r| r.info.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_unique_and_documented() {
        let codes: Vec<&str> = REGISTRY.iter().map(|r| r.info.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted, "registry must be in code order without repeats");
        for rule in REGISTRY {
            let info = rule.info;
            let code = presslint_core::Code::new(info.code).expect("well-formed code");
            assert_eq!(code.family(), info.family, "{} is in the wrong family", info.code);
            for heading in [
                "## What it finds",
                "## Why it matters",
                "## Example",
                "## Options",
            ] {
                assert!(info.doc.contains(heading), "{} lacks `{heading}`", info.code);
            }
            assert!(!info.summary.is_empty());
            assert!(
                info.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
        }
    }
}
