/* TypeScript declarations of the JS API (`pkg/dxcheck.d.ts`). The options and inputs JS passes
 * in are written here by hand; the report types below the marker are generated. */

/** Options of `check()`. Absent values are detected from the draft or defaulted. */
export interface CheckOptions {
  /** Built-in profile ID, `"khung-2024"` when absent (see `profiles()`). */
  profile?: string;
  /** `"tinh"` (province) or `"bo"` (ministry); detected from the header when absent. */
  level?: "tinh" | "bo";
  /** Plan year; detected from the title (`… NĂM 2024`) when absent. */
  planYear?: number;
  /** Shown as `file` in the report. */
  fileName?: string;
  /** A whole template profile as JSON (format of `data/profiles/khung-2024.json`), e.g. a
   *  province's own required sections; replaces `profile`. A malformed one throws, naming the field. */
  profileJson?: string;
}

export interface ProfileInfo {
  id: string;
  name: string;
  name_en: string;
  plan_year: number;
}

/** A plan from a portal's own form, for `checkPlan`. */
export interface PlanInput {
  issuer?: string;
  plan_year?: number;
  /** Section texts keyed by section ID (`"P2.II"`, `"P1.II.3.a"` …). */
  sections?: Record<string, string>;
  /** The rows of `VII. Danh mục nhiệm vụ, dự án`. */
  projects?: {
    name?: string; owner?: string; kind?: string; goal?: string; scale?: string;
    content?: string; time?: string; cost?: string; source?: string;
  }[];
  /** Unit of `cost` (`"triệu đồng"` when absent). */
  cost_unit?: string;
}

// ---- generated from the Rust types by tests/typescript.rs (UPDATE_TS=1): do not edit below ----
export type Report = { file: string | null, 
/**
 * What the input was read as: `text`, `docx`, `odt`.
 */
format: Format, 
/**
 * The text that was checked, when it differs from the input passed (a document's extracted
 * text, or a legacy-encoded text converted to Unicode); line, column and range refer to it.
 */
text: string | null, profile: string, 
/**
 * Null when neither the options nor the header tell.
 */
level: Level | null, plan_year: number, plan_year_source: YearSource, profile_source: ProfileSource, summary: Summary, findings: Array<Finding>, outline: Array<OutlineEntry>, 
/**
 * Every target of `II. Mục tiêu` (and its target tables), with its figures and the
 * national indicator it answers.
 */
targets: Array<TargetEntry>, 
/**
 * The budget as read: null when the draft has neither a funding section nor a project list.
 */
budget: BudgetReport | null, 
/**
 * This report as a row of the reviewers' summary table (`summaryCsv` in JS).
 */
row: SummaryRow, };

export type Summary = { error: number, warning: number, info: number, };

export type SummaryRow = { file: string, 
/**
 * `tinh`, `bo` or empty.
 */
level: string, plan_year: number, 
/**
 * The input could not be read (the reason is in `note`).
 */
unreadable: boolean, errors: number, warnings: number, infos: number, section: number, target: number, budget: number, input: number, 
/**
 * Missing sections: `P2.V Kinh phí thực hiện; …`.
 */
missing: string, 
/**
 * Why the input could not be read, when it could not.
 */
note: string, };

export type Finding = { rule: string, severity: Severity, section: string | null, line: number, column: number, range: Range, message: string, message_en: string, suggestion: string | null, 
/**
 * In a document: the paragraph or table row the line came from (`đoạn 57`, `bảng 2, hàng 3`).
 */
place: string | null, expected: string | null, actual: string | null, difference: string | null, };

export type Severity = "error" | "warning" | "info";

export type Level = "tinh" | "bo";

export type Range = { start: number, end: number, };

export type YearSource = "option" | "title" | "profile";

export type ProfileSource = "option" | "year" | "latest" | "oldest" | "default";

export type Format = "text" | "docx" | "odt";

export type OutlineEntry = { id: string, number: string, title: string, title_en: string, depth: number, required: boolean, status: Status, 
/**
 * Where its heading is (first one, if repeated); null when missing.
 */
line: number | null, heading: string | null, };

export type Status = "present" | "empty" | "missing";

export type TargetEntry = { line: number, column: number, text: string, quantified: boolean, figures: Array<Quantity>, 
/**
 * The first deadline the target names, as `dd/mm/yyyy`, `mm/yyyy` or `yyyy`.
 */
deadline: string | null, indicators: Array<IndicatorMatch>, };

export type Quantity = { "kind": "percent", value: number, comparator: Comparator, } | { "kind": "percent_range", low: number, high: number, } | { "kind": "count", value: number, unit: string, comparator: Comparator, } | { "kind": "rank", value: number, };

export type Comparator = "eq" | "ge" | "gt" | "le" | "lt" | "about";

export type IndicatorMatch = { 
/**
 * Index into the target's `figures`.
 */
figure: number, id: string, name: string, basis: string, 
/**
 * The year of the national column compared with (null when the table has none).
 */
year: number | null, 
/**
 * The national value for that year as written (`60%`, `≥ 80%`, `Top 50`).
 */
national: string | null, 
/**
 * Every value the national table gives, by year (`2022` actual, `2023`/`2024` plan,
 * `2025` target).
 */
values: { [key in string]: string }, };

export type Money = { dong: number, text: string, line: number, };

export type SourceAmount = { source: FundingSource, label: string, amount: Money, };

export type FundingSource = "nstw" | "nsdp" | "nsnn" | "dau_tu_cong" | "chi_thuong_xuyen" | "xa_hoi_hoa" | "oda" | "khac" | "ctmtqg";

export type BudgetItem = { line: number, stt: string, name: string, owner: string | null, kind: string | null, time: string | null, source: string | null, amount: Money | null, 
/**
 * The amount cell says `〃`: the item shares the amount merged over it from the row above
 * (counted once, there), so `amount` is null without the amount being missing.
 */
amount_in_row_above: boolean, };

export type PastItem = { line: number, name: string, approved: Money | null, spent: Money | null, };

export type BudgetReport = { 
/**
 * The plan's own unit (`triệu đồng`…), used in every `text`.
 */
unit: string, declared_total: Money | null, items_total: Money | null, by_source: Array<SourceAmount>, items: Array<BudgetItem>, past_items: Array<PastItem>, };

export type RuleInfo = { id: string, severity: Severity, summary: string, summary_en: string, };
