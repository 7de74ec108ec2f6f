// The report's google.script.run targets: defaults for the tab, saving settings, making the
// report (plan sheet → core model → new Google Doc → "Báo cáo" log row) and listing reports.
import { dateInWords, dateToInstant, formatDate, instantToDate, todayIn } from '../../core/dates';
import { msg, type Locale } from '../../core/messages/index';
import { buildReport } from '../../core/report/build';
import type { ReportModel } from '../../core/report/model';
import { neutraliseFormula } from '../../core/sheet-model';
import { REPORTS_LOG_HEADER } from '../../core/shared-sheets';
import type { CreatedReport, ReportDefaults, ReportLogEntry, ReportRequest } from '../../shared/report-rpc';
import { userLocale } from '../locale';
import { transaction, type Transaction } from '../sheets/transaction';
import { requireHealthy } from '../sheets/sheet-health';
import { UserError } from '../rpc';
import { findSharedSheet, openSharedSheet } from '../sheets/shared-sheets';
import { listPlanSheets, openTaskSheet } from '../sheets/task-sheet';
import { readChartIds, readSettings as readTrackingSettings } from '../tracking/settings';
import type { DocsImages } from './docs-renderer';
import { clearDocBody, DOC_CHARACTER_LIMIT, reportCharacters, writeReportDoc } from './docs-api-writer';
import {
  readReportSettings,
  templateDocId,
  toReportPeriod,
  validateReportRequest,
  writeReportSettings,
} from './settings';
import { renderFromTemplate, roleText, type TemplateValues } from './template';
import { readDraftEdits } from './draft';
import { readExtensions, withExtensions } from '../extensions/extensions';

import type { Spreadsheet } from '../sheets/gas';

/** Reports the tab lists. */
const LIST_LIMIT = 30;

/** The current instant, read through Date.now so a headless run can set the clock. */
function now(): Date {
  return new Date(Date.now());
}

function today(ss: Spreadsheet): string {
  return todayIn(ss.getSpreadsheetTimeZone(), now());
}

/** google.script.run target: the plan sheets and the settings of `planKey` (default: the first plan). */
export function getReportDefaults(planKey?: string | null): ReportDefaults {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const plans = listPlanSheets(ss).map((p) => ({ planKey: p.planKey, title: p.label, sheetName: p.sheetName }));
  const chosen = plans.find((p) => p.planKey === planKey) ?? plans[0];
  if (!chosen) return { plans, settings: null };
  const sheet = openTaskSheet(ss, chosen.planKey);
  return { plans, settings: readReportSettings(chosen.planKey, sheet.plan, today(ss)) };
}

/** google.script.run target: checks and remembers the settings (period included). */
export function saveReportSettings(settings: ReportRequest): ReportRequest {
  const clean = validateReportRequest(settings);
  writeReportSettings(clean, true);
  return clean;
}

/** Document property naming a Doc a failed report left behind, which the next attempt reuses. */
const FAILED_DOC_KEY = 'report.failedDocId';

/**
 * google.script.run target: makes the report. Settings are checked, the size is checked and
 * the plan sheet, the template and the chart are read before the Doc is created, so a refusal
 * creates nothing. The Doc is written through the Docs API in a few batchUpdate calls; if
 * writing fails after the Doc exists, it is cleared, its title says it can be deleted, and the
 * next attempt writes into it instead of making another.
 */
export function createReport(settings: ReportRequest): CreatedReport {
  const clean = validateReportRequest(settings);
  const locale = userLocale();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { model, planTitle } = reportModelOf(ss, clean, locale);
  const characters = reportCharacters(model);
  if (characters > DOC_CHARACTER_LIMIT)
    throw new UserError('rptErrTooLarge', {
      count: characters.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US'),
      limit: DOC_CHARACTER_LIMIT.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US'),
    });
  const template = clean.templateUrl ? openTemplate(clean.templateUrl) : null;
  const target = clean.fillDocUrl ? openFillDoc(clean.fillDocUrl) : null;
  const images: DocsImages = { dashboardChart: dashboardChart(ss) };

  const properties = PropertiesService.getDocumentProperties();
  const reused = target ? null : reusableDoc(properties.getProperty(FAILED_DOC_KEY));
  const id = target?.id ?? reused ?? Docs!.Documents!.create({ title: model.documentName }).documentId!;
  try {
    if (reused) DocumentApp.openById(id).setName(model.documentName);
    if (target?.needsClearing) clearDocBody(id);
    if (template) {
      const doc = DocumentApp.openById(id);
      renderFromTemplate(template.getBody(), doc.getBody(), model, templateValues(model, clean, locale), images);
      doc.saveAndClose();
    } else {
      writeReportDoc(id, model, images);
    }
  } catch (error) {
    // The office's own Doc is emptied again but keeps its title; ours is marked and reused.
    abandonDoc(id, target ? null : model.documentName, locale, error);
    if (!target) properties.setProperty(FAILED_DOC_KEY, id);
    throw new UserError('rptErrWriteFailed');
  }
  const created = {
    id,
    url: `https://docs.google.com/document/d/${id}/edit`,
    name: target?.title ?? model.documentName,
  };
  try {
    // The log row and the settings: all or nothing; if they fail, the Doc is left as after a failed write.
    return transaction((tx) => {
      if (reused) {
        const was = reused;
        properties.deleteProperty(FAILED_DOC_KEY);
        tx.onUndo(() => properties.setProperty(FAILED_DOC_KEY, was));
      }
      logReport(tx, ss, model, planTitle, created, locale);
      writeReportSettings(clean, false);
      return created;
    });
  } catch (error) {
    abandonDoc(id, target ? null : model.documentName, locale, error);
    if (!target) properties.setProperty(FAILED_DOC_KEY, id);
    throw new UserError('rptErrWriteFailed');
  }
}

/** The Doc a failed attempt left, when it still exists and is empty; else null. */
function reusableDoc(id: string | null): string | null {
  if (!id) return null;
  try {
    const content = Docs!.Documents!.get(id).body?.content ?? [];
    const end = content[content.length - 1]?.endIndex ?? 2;
    return end <= 2 ? id : null;
  } catch {
    return null;
  }
}

/**
 * The Doc the office wants the report written into ("fill this Doc"): it must open and hold no
 * text or table (a Doc just made from the agency's template: its header, with the page
 * numbers, stays). Checked before anything is written.
 */
function openFillDoc(link: string): { id: string; title: string; needsClearing: boolean } {
  const id = templateDocId(link);
  if (!id) throw new UserError('rptErrFillLink');
  let doc: GoogleAppsScript.Docs.Schema.Document;
  try {
    doc = Docs!.Documents!.get(id);
  } catch {
    throw new UserError('rptErrFillOpen');
  }
  const content = doc.body?.content ?? [];
  const text = content
    .flatMap((element) => element.paragraph?.elements ?? [])
    .map((element) => element.textRun?.content ?? (element.inlineObjectElement ? '\ufffc' : ''))
    .join('');
  if (content.some((element) => element.table) || text.trim() !== '') throw new UserError('rptErrFillNotEmpty');
  const end = content[content.length - 1]?.endIndex ?? 2;
  return { id, title: doc.title ?? '', needsClearing: end > 2 };
}

/** Clears a Doc whose writing failed, marks its title as deletable (when `name` is given) and logs what happened. */
function abandonDoc(id: string, name: string | null, locale: Locale, error: unknown): void {
  console.error(`Report Doc ${id} could not be written; it was cleared and will be reused.`, error);
  try {
    clearDocBody(id);
  } catch (clearError) {
    console.error(`Report Doc ${id} could not be cleared.`, clearError);
  }
  if (name === null) return;
  try {
    DocumentApp.openById(id).setName(`${name} ${msg('rptFailedDocSuffix', locale)}`);
  } catch (renameError) {
    console.error(`Report Doc ${id} could not be renamed.`, renameError);
  }
}

/**
 * The report model of checked settings: the plan sheet's records (one read) evaluated at the
 * cut-off with the tracking settings' due-soon window. Also used by the headless demo.
 */
export function reportModelOf(
  ss: Spreadsheet,
  clean: ReportRequest,
  locale: Locale,
  edits: Record<string, string> = readDraftEdits(clean.planKey, toReportPeriod(clean.period)),
): { model: ReportModel; planTitle: string } {
  const taskSheet = openTaskSheet(ss, clean.planKey);
  const taskRows = taskSheet.readRecords();
  requireHealthy(taskSheet, taskRows, 'check');
  // Each record carries its deadline extension (the approved deadline is already its `due`).
  const records = withExtensions(taskRows.records, clean.planKey, readExtensions(ss).entries);
  const model = buildReport({
    // The plan as cited: the number and date the office gave over the parsed ones.
    plan: {
      ...taskSheet.plan,
      number: clean.planNumber || taskSheet.plan.number,
      date: clean.planDate || taskSheet.plan.date,
    },
    records,
    period: toReportPeriod(clean.period),
    cutoff: clean.cutoff,
    settings: {
      number: clean.number,
      parentAgency: clean.parentAgency,
      issuingAgency: clean.issuingAgency,
      agencyCode: clean.agencyCode,
      place: clean.place,
      signerTitle: clean.signerTitle,
      signerName: clean.signerName,
      recipients: clean.recipients,
      dueSoonDays: readTrackingSettings().dueSoonDays,
      date: clean.reportDate || clean.cutoff,
    },
    locale,
    edits,
  });
  return { model, planTitle: taskSheet.plan.title || taskSheet.sheet.getName() };
}

/** google.script.run target: the reports made, newest first (one read of the log sheet). */
export function listReports(): ReportLogEntry[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findSharedSheet(ss, 'reports');
  if (!sheet) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const first = Math.max(2, last - LIST_LIMIT + 1);
  const rows = sheet.getRange(first, 1, last - first + 1, REPORTS_LOG_HEADER.length).getValues();
  const timeZone = ss.getSpreadsheetTimeZone();
  const cell = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value ?? ''));
  const day = (value: unknown): string =>
    value instanceof Date ? instantToDate(value, timeZone) : String(value ?? '');
  return rows
    .filter((row) => row.some((value) => value !== ''))
    .map((row) => ({
      time: cell(row[0]),
      plan: cell(row[1]),
      period: cell(row[2]),
      cutoff: day(row[3]),
      user: cell(row[4]),
      name: cell(row[5]),
      url: cell(row[6]),
    }))
    .reverse();
}

function openTemplate(link: string): GoogleAppsScript.Document.Document {
  const id = templateDocId(link);
  if (!id) throw new UserError('rptErrTemplateLink');
  try {
    return DocumentApp.openById(id);
  } catch {
    throw new UserError('rptErrTemplateOpen');
  }
}

/**
 * The dashboard's per-unit chart as a PNG blob (the chart the tracking adapter placed, else the
 * first chart on the dashboard sheet); null when there is none.
 */
function dashboardChart(ss: Spreadsheet): GoogleAppsScript.Base.Blob | null {
  const sheet = findSharedSheet(ss, 'dashboard');
  if (!sheet) return null;
  const charts = sheet.getCharts();
  if (charts.length === 0) return null;
  const wanted = readChartIds().byUnit;
  const chart = charts.find((c) => c.getChartId() === wanted) ?? charts[0];
  return chart ? chart.getAs('image/png') : null;
}

/** The text placeholders' values (names documented in src/core/messages/report-ui.ts). */
function templateValues(model: ReportModel, s: ReportRequest, locale: Locale): TemplateValues {
  const upper = (text: string): string => text.toLocaleUpperCase(locale);
  return {
    so: s.number,
    co_quan_chu_quan: upper(s.parentAgency),
    co_quan: upper(s.issuingAgency),
    ten_co_quan: s.issuingAgency,
    ky_hieu: s.agencyCode,
    dia_danh: s.place,
    ngay: dateInWords(s.reportDate || s.cutoff, locale),
    ngay_chot: formatDate(s.cutoff),
    ky_bao_cao: model.period.label,
    trich_yeu: roleText(model, 'subject'),
    chuc_vu: upper(s.signerTitle),
    nguoi_ky: s.signerName,
    noi_nhan: s.recipients.map((r) => `- ${r}`).join('\n'),
  };
}

/** Appends one row to the reports log sheet, found by its tag (created with its header the first time). */
function logReport(
  tx: Transaction,
  ss: Spreadsheet,
  model: ReportModel,
  planTitle: string,
  created: CreatedReport,
  locale: Locale,
): void {
  const { sheet, created: made } = openSharedSheet(ss, 'reports', locale);
  const user = Session.getActiveUser().getEmail();
  // One row under the last, written like appendRow but undone on failure (cells and formats).
  const row = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) {
    sheet.insertRowsAfter(maxRows, 1);
    if (!made) tx.onUndo(() => sheet.deleteRows(row, 1));
  }
  const range = sheet.getRange(row, 1, 1, REPORTS_LOG_HEADER.length);
  if (!made && row <= maxRows) {
    const formats = range.getNumberFormats();
    tx.onUndo(() => {
      range.clearContent();
      range.setNumberFormats(formats);
    });
  }
  range.setValues([
    [
      now(),
      neutraliseFormula(planTitle),
      neutraliseFormula(model.period.label),
      dateToInstant(model.cutoff, ss.getSpreadsheetTimeZone()),
      user,
      neutraliseFormula(created.name),
      created.url,
    ],
  ]);
}
