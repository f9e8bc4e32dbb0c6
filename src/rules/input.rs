//! `input.*`: what is said about the input itself, before any rule reads the draft: too large,
//! unreadable, converted from a legacy encoding, a few bytes replaced. These rules have no checker
//! (`Check::Input`): the pipeline (`check` in lib.rs) reports them with the findings built here.
//!
//! **Why it matters.** A file that cannot be read must say so and what to do, never crash the
//! page or pass as a plan with one error.
//!
//! **Example.** A PDF dropped on the page → one `input.unreadable`: save the file as .docx.

use super::{Check, RuleInfo};
use crate::document::Document;
use crate::finding::Finding;
use crate::ingest::legacy::Encoding;
use crate::ingest::{Unreadable, MAX_LINE_BREAKS, MAX_TEXT_BYTES};
use crate::kinds::Severity;
use crate::profile;

pub const TOO_LARGE: RuleInfo = RuleInfo {
    id: "input.too-large",
    severity: Severity::Error,
    summary: "Dữ liệu vào vượt giới hạn kích thước",
    summary_en: "The input is over the size limit",
    check: Check::Input,
};

pub const UNREADABLE: RuleInfo = RuleInfo {
    id: "input.unreadable",
    severity: Severity::Error,
    summary: "Không đọc được dữ liệu vào",
    summary_en: "The input could not be read",
    check: Check::Input,
};

pub const LEGACY_ENCODING: RuleInfo = RuleInfo {
    id: "input.legacy-encoding",
    severity: Severity::Info,
    summary: "Văn bản dùng bảng mã cũ (TCVN3/VNI) và đã được chuyển sang Unicode",
    summary_en: "The text was in TCVN3/VNI and was converted",
    check: Check::Input,
};

pub const REPLACED_BYTES: RuleInfo = RuleInfo {
    id: "input.replaced-bytes",
    severity: Severity::Info,
    summary: "Một vài byte không phải UTF-8 đã được thay bằng «�»",
    summary_en: "A few bytes that were not UTF-8 were replaced by \"�\"",
    check: Check::Input,
};

pub fn unknown_profile(id: &str) -> Finding {
    Finding::new(
        UNREADABLE.id,
        Severity::Error,
        Document::default().start_span(),
        fill!("Không có khung kế hoạch «{}». Các khung có sẵn: {}.", id, crate::message::join(&profile::builtin_ids(), ", ")),
        fill!("There is no profile \"{}\". Available: {}.", id, crate::message::join(&profile::builtin_ids(), ", ")),
    )
}

pub fn too_large_text(bytes: usize) -> Finding {
    let mb = |b: usize| b.div_ceil(1024 * 1024);
    Finding::new(
        TOO_LARGE.id,
        Severity::Error,
        Document::default().start_span(),
        fill!(
            "Văn bản quá lớn ({} MB; giới hạn {} MB). Hãy kiểm tra từng phần, hoặc bỏ các phụ lục ảnh, bảng số liệu thô.",
            mb(bytes),
            MAX_TEXT_BYTES / (1024 * 1024)
        ),
        fill!("The text is too large ({} MB; the limit is {} MB).", mb(bytes), MAX_TEXT_BYTES / (1024 * 1024)),
    )
    .suggestion("Một kế hoạch 40 trang chỉ khoảng 100 KB văn bản: hãy chỉ dán nội dung kế hoạch.")
}

pub fn too_many_lines() -> Finding {
    Finding::new(
        TOO_LARGE.id,
        Severity::Error,
        Document::default().start_span(),
        fill!(
            "Văn bản có quá nhiều dòng (hơn {} dấu xuống dòng). Hãy kiểm tra từng phần, hoặc chỉ dán nội dung kế hoạch.",
            MAX_LINE_BREAKS
        ),
        fill!("The text has too many lines (more than {} line breaks).", MAX_LINE_BREAKS),
    )
    .suggestion("Một kế hoạch 40 trang chỉ khoảng 2.000 dòng: hãy chỉ dán nội dung kế hoạch.")
}

pub fn replaced_bytes(n: usize) -> Finding {
    Finding::new(
        REPLACED_BYTES.id,
        Severity::Info,
        Document::default().start_span(),
        fill!(
            "Tệp là văn bản UTF-8 nhưng có {} byte không hợp lệ (có thể bị cắt hoặc lỗi khi sao chép); các byte này được thay bằng «�».",
            n
        ),
        fill!("The file is UTF-8 text with {} invalid byte(s) (cut or damaged in copying); they were replaced by \"�\".", n),
    )
    .suggestion("Mở tệp, tìm ký tự «�» và gõ lại chữ bị hỏng, rồi lưu lại với bảng mã UTF-8.")
}

pub fn unreadable(e: Unreadable) -> Finding {
    let rule = if e.too_large { TOO_LARGE.id } else { UNREADABLE.id };
    Finding::new(rule, Severity::Error, Document::default().start_span(), e.message, e.message_en)
}

pub fn legacy_encoding(encodings: &[Encoding]) -> Finding {
    let names = crate::message::join(&encodings.iter().map(|e| e.name()).collect::<Vec<_>>(), ", ");
    Finding::new(
        LEGACY_ENCODING.id,
        Severity::Info,
        Document::default().start_span(),
        fill!("Văn bản dùng bảng mã cũ {} và đã được chuyển sang Unicode để kiểm tra.", names),
        fill!("The text used the legacy {} encoding and was converted to Unicode.", names),
    )
    .suggestion("Nên chuyển hẳn văn bản sang Unicode (phông Times New Roman) trước khi gửi: Unikey › Công cụ chuyển mã, hoặc dùng văn bản đã chuyển mà trang hiển thị.")
}
