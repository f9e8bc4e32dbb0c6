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

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable rule ID, e.g. `"section.missing"`. */
  rule: string;
  severity: Severity;
  /** Template section ID (`"P2.V"`) or null. */
  section: string | null;
  /** 1-based line and column in the text as passed. */
  line: number;
  column: number;
  /** UTF-16 offsets into the very string passed to `check()`: use with `setSelectionRange`. */
  range: { start: number; end: number };
  /** Vietnamese message. */
  message: string;
  message_en: string;
  suggestion: string | null;
  /** In a document: the paragraph or table row the line came from (`đoạn 57`, `bảng 2, hàng 3`). */
  place: string | null;
  /** For numeric findings: the figures compared. */
  expected: string | null;
  actual: string | null;
  difference: string | null;
}

export interface OutlineEntry {
  id: string;
  number: string;
  title: string;
  title_en: string;
  depth: number;
  required: boolean;
  status: "present" | "empty" | "missing";
  line: number | null;
  heading: string | null;
}

export interface Report {
  file: string | null;
  /** What the input was read as. */
  format: "text" | "docx" | "odt";
  /** The text that was checked when it differs from the input passed (a document's extracted
   *  text, or TCVN3/VNI text converted to Unicode): line, column and range refer to it. */
  text: string | null;
  profile: string;
  level: "tinh" | "bo" | null;
  plan_year: number;
  plan_year_source: "option" | "title" | "profile";
  profile_source: "option" | "year" | "latest" | "oldest" | "default";
  summary: { error: number; warning: number; info: number };
  findings: Finding[];
  outline: OutlineEntry[];
  /** Every target of `II. Mục tiêu` and its target tables. */
  targets: TargetEntry[];
  /** Null when the draft has neither a funding section nor a project list. */
  budget: BudgetReport | null;
}

export type Comparator = "eq" | "ge" | "gt" | "le" | "lt" | "about";

export type Quantity =
  | { kind: "percent"; value: number; comparator: Comparator }
  | { kind: "percent_range"; low: number; high: number }
  | { kind: "count"; value: number; unit: string; comparator: Comparator }
  | { kind: "rank"; value: number };

export interface TargetEntry {
  line: number;
  column: number;
  text: string;
  quantified: boolean;
  figures: Quantity[];
  /** The first deadline named: `dd/mm/yyyy`, `mm/yyyy` or `yyyy`. */
  deadline: string | null;
  indicators: IndicatorMatch[];
}

/** The national indicator a figure answers, and the national value for the plan year. */
export interface IndicatorMatch {
  /** Index into `figures`. */
  figure: number;
  id: string;
  name: string;
  basis: string;
  year: number | null;
  national: string | null;
  /** Every value of the national table by year ("2022" actual, "2023"/"2024" plan, "2025" target). */
  values: Record<string, string>;
}

/** An amount: `dong` as a number, `text` in the plan's unit (`52.300 triệu đồng`), its line. */
export interface Money {
  dong: number;
  text: string;
  line: number;
}

export type FundingSource = "nstw" | "nsdp" | "nsnn" | "dau_tu_cong" | "chi_thuong_xuyen" | "xa_hoi_hoa" | "oda" | "khac";

export interface SourceAmount {
  source: FundingSource;
  label: string;
  amount: Money;
}

export interface BudgetItem {
  line: number;
  stt: string;
  name: string;
  owner: string | null;
  kind: string | null;
  time: string | null;
  source: string | null;
  amount: Money | null;
}

export interface PastItem {
  line: number;
  name: string;
  approved: Money | null;
  spent: Money | null;
}

export interface BudgetReport {
  /** The plan's own unit, e.g. `"triệu đồng"`. */
  unit: string;
  declared_total: Money | null;
  items_total: Money | null;
  by_source: SourceAmount[];
  items: BudgetItem[];
  past_items: PastItem[];
}

export interface ProfileInfo {
  id: string;
  name: string;
  name_en: string;
  plan_year: number;
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
  summary_en: string;
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
