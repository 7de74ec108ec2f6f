// The report's part of the RPC contract (the "Báo cáo" tab ↔ src/server/report): JSON-safe,
// dates as ISO "YYYY-MM-DD" strings, times as ISO date-time strings.
import type { ReportSettings } from '../core/report/input';

/** The period a report covers; `quarter` is used for 'quarter', `from`/`to` for 'range'. */
export interface ReportPeriodRequest {
  kind: 'semiannual' | 'annual' | 'quarter' | 'range';
  year: number;
  quarter?: number | null;
  from?: string | null;
  to?: string | null;
}

/** What the "Báo cáo" tab sends to make a report (and what is remembered per spreadsheet). */
/**
 * What the Báo cáo tab sends: the report's own settings (number, agencies, place, signer,
 * recipients, as core's ReportSettings declares them) and the choices of this report.
 */
export interface ReportRequest
  extends Pick<
    ReportSettings,
    'number' | 'parentAgency' | 'issuingAgency' | 'agencyCode' | 'place' | 'signerTitle' | 'signerName' | 'recipients'
  > {
  planKey: string;
  period: ReportPeriodRequest;
  /** Figures are evaluated at this date. */
  cutoff: string;
  /** The report's date (the day it is made by default); the cut-off when null. */
  reportDate?: string | null;
  /** The plan's number as cited ("12" or "12/KH-BQLKKT"), over the parsed one; blank keeps the parsed one. */
  planNumber?: string;
  /** The plan's date as cited, over the parsed one; null keeps the parsed one. */
  planDate?: string | null;
  /** A Google Doc link or id to build the report from; empty for the built-in layout. */
  templateUrl: string;
  /**
   * A Google Doc to write the report into instead of a new one: an empty Doc the office made
   * from its own template, whose header carries the page numbers. Empty or absent: a new Doc.
   */
  fillDocUrl?: string;
}

/** A plan sheet the report can be made for. */
interface ReportPlanChoice {
  planKey: string;
  title: string;
  sheetName: string;
}

/** What the tab shows when it opens: the plans and the settings for the chosen one. */
export interface ReportDefaults {
  plans: ReportPlanChoice[];
  /** Settings for `plans`' chosen plan; null when there is no plan sheet. */
  settings: ReportRequest | null;
}

/** The Doc made. */
export interface CreatedReport {
  id: string;
  url: string;
  name: string;
}

/** One row of the "Báo cáo" log sheet, newest first. */
export interface ReportLogEntry {
  /** ISO date-time, or the cell's text when it is not a date. */
  time: string;
  plan: string;
  period: string;
  cutoff: string;
  user: string;
  name: string;
  url: string;
}

/** A section of the report draft (see DraftSection in src/core/report/model.ts). */
export interface ReportDraftSection {
  id: string;
  group: 'direction' | 'summary' | 'results' | 'shortcomings' | 'causes' | 'next' | 'proposals';
  title: string;
  planSection: string | null;
  text: string;
  edited: boolean;
}

/** The draft the tab shows before the Doc is made. */
export interface ReportDraftView {
  periodLabel: string;
  cutoff: string;
  reportDate: string;
  /** Period, cut-off and date that disagree, in the user's language. */
  warnings: string[];
  sections: ReportDraftSection[];
}
