// The add-on's only public surface: every export becomes a top-level Apps Script function
// (menu callbacks, google.script.run targets, trigger handlers). Logic lives in the modules.
// To add a google.script.run target: declare it in src/shared/rpc.ts (ServerApi), give its
// arguments a schema in src/shared/schemas.ts (RPC_ARGUMENTS), then
// `export const name = respond(checked('name', fn));` here (`locked(fn)` when it writes).
import { buildMenu, openSidebar, type OpenEvent } from './menu';
import { describeError, respond } from './rpc';
import { userLocale } from './locale';
import { msg } from '../core/messages/index';
import { readSidebarContext } from './sidebar-context';
import * as importService from './sheets/import-service';
import * as tracking from './tracking/entry';
import * as report from './report/create-report';
import * as reportDraft from './report/draft';
import * as registry from './units/registry';
import * as office from './people/office-settings';
import { checked, knownPlan } from './guard/boundary';
import { isOwnTriggerEvent, neutraliseTypedFormulas } from './guard/entry';
import { runtimeSmokeTest as smokeTest } from './guard/smoke';
import { EDIT_WAIT_MS, locked, withDocumentLock } from './tracking/lock';
import * as extensions from './extensions/extensions';
import { repairSheet as repairSheetTarget, repairSheetFromMenu as repairFromMenu } from './sheets/repair';

/** Called by Apps Script when the add-on is installed: builds the menu. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Simple trigger, called when the spreadsheet opens: builds the add-on menu, nothing else. */
export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

/** Called from the menu: opens the sidebar. */
export function showSidebar(): void {
  openSidebar();
}

/** google.script.run target: the sidebar's context (locale, user, spreadsheet). */
export const getSidebarContext = respond(checked('getSidebarContext', readSidebarContext));

/** google.script.run target: parses pasted plan text for the review list (nothing is written). */
export const parsePlanText = respond(checked('parsePlanText', importService.parsePlanText));
/** google.script.run target: reads a Google Doc (link or id) and parses it. */
export const parsePlanDoc = respond(checked('parsePlanDoc', importService.parsePlanDoc));
/** google.script.run target: the units list for the review's unit pickers. */
export const getUnits = respond(checked('getUnits', importService.getUnits));
/** google.script.run target: the spreadsheet's task sheets. */
export const listPlans = respond(checked('listPlans', importService.listPlans));
/** google.script.run target: creates the task sheet of a reviewed plan. */
export const createTaskSheet = respond(checked('createTaskSheet', locked(importService.createTaskSheet)));
/** google.script.run target: what a re-import of a revised plan would change. */
export const previewReimport = respond(checked('previewReimport', importService.previewReimport));
/** google.script.run target: applies a re-import (progress is never overwritten). */
export const applyReimport = respond(checked('applyReimport', locked(importService.applyReimport)));

/** google.script.run target: the progress tab's plans, units and the chosen unit's tasks. */
export const getProgressView = respond(checked('getProgressView', tracking.getProgressView));
/** google.script.run target: saves one task's progress (found by code, under the document lock). */
export const saveProgress = respond(checked('saveProgress', locked(tracking.saveProgress)));
/** google.script.run target: "Sửa cấu trúc bảng" puts back a plan sheet's header row and deleted columns. */
export const repairSheet = respond(checked('repairSheet', repairSheetTarget));
/** google.script.run target: recomputes evaluations, refreshes the dashboard, lists overdue tasks. */
export const checkOverdue = respond(checked('checkOverdue', locked(tracking.checkOverdue)));
/** google.script.run target: selects a task's row in the sheet. */
export const goToTask = respond(checked('goToTask', tracking.goToTask));
/** google.script.run target: the tracking settings and the daily trigger's state. */
export const getTrackingSettings = respond(checked('getTrackingSettings', tracking.getTrackingSettings));
/** google.script.run target: saves the tracking settings, installing or removing the daily trigger. */
export const saveTrackingSettings = respond(checked('saveTrackingSettings', locked(tracking.saveTrackingSettings)));

/** google.script.run target: the units registry and its near-duplicates. */
export const getUnitRegistry = respond(checked('getUnitRegistry', registry.getUnitRegistry));
/** google.script.run target (office only): merges one unit into another, rewriting their tasks. */
export const mergeUnits = respond(checked('mergeUnits', locked(registry.mergeUnits)));
/** google.script.run target: asks for a new deadline (gia hạn) with a reason. */
export const requestExtension = respond(checked('requestExtension', locked(extensions.requestExtension)));
/** google.script.run target: the extension requests the user may see. */
export const listExtensions = respond(checked('listExtensions', extensions.listExtensions));
/** google.script.run target (office only): approves or refuses an extension request. */
export const decideExtension = respond(checked('decideExtension', locked(extensions.decideExtension)));
/** google.script.run target: the office staff and the acting user's access. */
export const getOfficeSettings = respond(checked('getOfficeSettings', office.getOfficeSettings));
/** google.script.run target (office only): stores the office staff's e-mails. */
export const saveOfficeSettings = respond(checked('saveOfficeSettings', locked(office.saveOfficeSettings)));

/**
 * Called from the menu: the overdue check, under the document lock. It does exactly what the
 * checkOverdue target lets any editor do, so reaching it through google.script.run gives no
 * more; a failure is said in a toast, never thrown raw.
 */
export function checkOverdueFromMenu(): void {
  try {
    tracking.checkOverdueFromMenu();
  } catch (error) {
    const locale = userLocale();
    SpreadsheetApp.getActiveSpreadsheet().toast(describeError(error, locale), msg('appName', locale));
  }
}

/**
 * Time-driven trigger installed from the settings: the daily check and e-mail digest. It runs
 * only for the event of this user's own daily trigger, so an editor calling it through
 * google.script.run (no such event) cannot make it send mail.
 */
export function runDailyCheck(e?: unknown): void {
  if (!isOwnTriggerEvent(e, 'runDailyCheck')) {
    console.warn("runDailyCheck ignored: not called by this user's daily trigger");
    return;
  }
  withDocumentLock(() => tracking.runDailyCheck());
}

/** Menu item "Sửa cấu trúc bảng": puts back the header row and deleted columns of the task sheets. */
export function repairSheetFromMenu(): void {
  repairFromMenu();
}

/**
 * Simple trigger, called on every edit made in the sheet UI: under the document lock, turns
 * formulas typed into text columns back into text, then stamps and logs progress edits.
 */
export function onEdit(e?: Parameters<typeof tracking.onEditTrigger>[0]): void {
  try {
    withDocumentLock(() => {
      neutraliseTypedFormulas(e);
      tracking.onEditTrigger(e);
    }, EDIT_WAIT_MS);
  } catch (error) {
    // A simple trigger has no one to answer: the error goes to the execution log.
    console.error(error);
  }
}

/**
 * Run once from the script editor on a real spreadsheet (README, deploy): checks the runtime
 * features only Google can vouch for and logs what it found. Changes nothing.
 */
export function runtimeSmokeTest(): ReturnType<typeof smokeTest> {
  return smokeTest();
}

/** google.script.run target: the report tab's plans and remembered settings. */
export const getReportDefaults = respond(checked('getReportDefaults', report.getReportDefaults));
/** google.script.run target: remembers the report settings for the spreadsheet. */
export const saveReportSettings = respond(checked('saveReportSettings', locked(knownPlan(report.saveReportSettings))));
/** google.script.run target: makes the report as a new Google Doc and logs it in the reports log sheet. */
export const createReport = respond(checked('createReport', locked(report.createReport)));
/** google.script.run target: the report's draft, section by section. */
export const getReportDraft = respond(checked('getReportDraft', reportDraft.getReportDraft));
/** google.script.run target: keeps the office's edits of the report's draft. */
export const saveReportDraft = respond(checked('saveReportDraft', locked(reportDraft.saveReportDraft)));
/** google.script.run target: the reports made, newest first. */
export const listReports = respond(checked('listReports', report.listReports));
