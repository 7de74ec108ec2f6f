// The add-on's only public surface: every export becomes a top-level Apps Script function
// (menu callbacks, google.script.run targets, trigger handlers). Logic lives in the modules.
// To add a google.script.run target: declare it in src/shared/rpc.ts (ServerApi), then
// `export const name = respond(fn);` here.
import { buildMenu, openSidebar, type OpenEvent } from './menu';
import { respond } from './rpc';
import { readSidebarContext } from './sidebar-context';
import * as importService from './sheets/import-service';
import * as tracking from './tracking/entry';
import * as report from './report/create-report';
import * as reportDraft from './report/draft';
import * as registry from './units/registry';
import * as office from './people/office-settings';

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
export const getSidebarContext = respond(readSidebarContext);

/** google.script.run target: parses pasted plan text for the review list (nothing is written). */
export const parsePlanText = respond(importService.parsePlanText);
/** google.script.run target: reads a Google Doc (link or id) and parses it. */
export const parsePlanDoc = respond(importService.parsePlanDoc);
/** google.script.run target: the units list for the review's unit pickers. */
export const getUnits = respond(importService.getUnits);
/** google.script.run target: the spreadsheet's task sheets. */
export const listPlans = respond(importService.listPlans);
/** google.script.run target: creates the task sheet of a reviewed plan. */
export const createTaskSheet = respond(importService.createTaskSheet);
/** google.script.run target: what a re-import of a revised plan would change. */
export const previewReimport = respond(importService.previewReimport);
/** google.script.run target: applies a re-import (progress is never overwritten). */
export const applyReimport = respond(importService.applyReimport);

/** google.script.run target: the progress tab's plans, units and the chosen unit's tasks. */
export const getProgressView = respond(tracking.getProgressView);
/** google.script.run target: saves one task's progress (found by code, under the document lock). */
export const saveProgress = respond(tracking.saveProgress);
/** google.script.run target: recomputes evaluations, refreshes the dashboard, lists overdue tasks. */
export const checkOverdue = respond(tracking.checkOverdue);
/** google.script.run target: selects a task's row in the sheet. */
export const goToTask = respond(tracking.goToTask);
/** google.script.run target: the tracking settings and the daily trigger's state. */
export const getTrackingSettings = respond(tracking.getTrackingSettings);
/** google.script.run target: saves the tracking settings, installing or removing the daily trigger. */
export const saveTrackingSettings = respond(tracking.saveTrackingSettings);

/** google.script.run target: the units registry and its near-duplicates. */
export const getUnitRegistry = respond(registry.getUnitRegistry);
/** google.script.run target (office only): merges one unit into another, rewriting their tasks. */
export const mergeUnits = respond(registry.mergeUnits);
/** google.script.run target: the office staff and the acting user's access. */
export const getOfficeSettings = respond(office.getOfficeSettings);
/** google.script.run target (office only): stores the office staff's e-mails. */
export const saveOfficeSettings = respond(office.saveOfficeSettings);

/** Called from the menu: the overdue check. */
export function checkOverdueFromMenu(): void {
  tracking.checkOverdueFromMenu();
}

/** Time-driven trigger installed from the settings: the daily check and e-mail digest. */
export function runDailyCheck(): void {
  tracking.runDailyCheck();
}

/** Simple trigger, called on every edit made in the sheet UI: stamps and logs progress edits. */
export function onEdit(e?: Parameters<typeof tracking.onEditTrigger>[0]): void {
  tracking.onEditTrigger(e);
}

/** google.script.run target: the report tab's plans and remembered settings. */
export const getReportDefaults = respond(report.getReportDefaults);
/** google.script.run target: remembers the report settings for the spreadsheet. */
export const saveReportSettings = respond(report.saveReportSettings);
/** google.script.run target: makes the report as a new Google Doc and logs it in the reports log sheet. */
export const createReport = respond(report.createReport);
/** google.script.run target: the report's draft, section by section. */
export const getReportDraft = respond(reportDraft.getReportDraft);
/** google.script.run target: keeps the office's edits of the report's draft. */
export const saveReportDraft = respond(reportDraft.saveReportDraft);
/** google.script.run target: the reports made, newest first. */
export const listReports = respond(report.listReports);
