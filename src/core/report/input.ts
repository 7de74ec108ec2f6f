// What the report is built from: the plan's citation fields, its task rows, a period, a cut-off,
// the settings of the "Báo cáo" tab and the office's edits of the draft.
import type { IsoDate, TaskRecord } from '../types';
import type { Locale } from '../messages/index';
import type { ReportPeriod } from './periods';
import type { ReportPlan } from './prose';

/** What the user fills in on the "Báo cáo" tab. */
export interface ReportSettings {
  /** The report's number; blank leaves room to write it by hand. */
  number: string;
  /** Written as given, shown in capitals ("UBND TỈNH GIA LAI"); no header line when blank. */
  parentAgency: string;
  /** The issuer's name as used in sentences ("Ban Quản lý Khu kinh tế"); capitals in the header. */
  issuingAgency: string;
  /** The issuer's symbol after "BC-" ("BQLKKT"). */
  agencyCode: string;
  place: string;
  signerTitle: string;
  signerName: string;
  /** The whole authority block, lines joined with " / " ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"). */
  signerBlock?: string | null;
  /** Nơi nhận, one per entry; a "Lưu: …" entry is moved last, and one is added when missing. */
  recipients: string[];
  dueSoonDays?: number;
  /** The report's date (normally the day it is made); the cut-off date when not given. */
  date?: IsoDate | null;
  /** The drafting unit's symbol in "Lưu: VT, …" when the recipients have no "Lưu" line. */
  archiveUnit?: string | null;
}

export interface ReportInput {
  plan: ReportPlan;
  records: readonly TaskRecord[];
  period: ReportPeriod;
  cutoff: IsoDate;
  settings: ReportSettings;
  locale?: Locale;
  /** Leave a slot for the dashboard chart in the appendix (default true). */
  chartImage?: boolean;
  /** The office's own text of draft sections, by section id; it replaces the text made from the data. */
  edits?: Readonly<Record<string, string>>;
}
