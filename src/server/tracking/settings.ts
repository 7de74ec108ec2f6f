// Tracking settings: the due-soon window, daily check and digest in document properties (shared
// by everyone in the spreadsheet), and each user's unit in their user properties.
import { DEFAULT_DUE_SOON_DAYS } from '../../core/evaluation';
import type { TrackingSettings } from '../../shared/rpc';
import { UserError } from '../rpc';
import { parseStored, StoredChartIdsSchema, StoredTrackingSettingsSchema } from '../../shared/schemas';
import { putDocumentProperty } from '../guard/properties';

const KEY = 'planTracker.tracking';
const UNIT_KEY = 'planTracker.myUnit';
const CHARTS_KEY = 'planTracker.dashboardCharts';
const DASHBOARD_PLAN_KEY = 'planTracker.dashboardPlan';

const DEFAULT_SETTINGS: TrackingSettings = { dueSoonDays: DEFAULT_DUE_SOON_DAYS, dailyCheck: false, digest: false };

/** The document's tracking settings (defaults for anything missing or unreadable). */
export function readSettings(): TrackingSettings {
  const saved = parseStored(StoredTrackingSettingsSchema, PropertiesService.getDocumentProperties().getProperty(KEY));
  return {
    dueSoonDays: saved?.dueSoonDays ?? DEFAULT_SETTINGS.dueSoonDays,
    dailyCheck: saved?.dailyCheck === true,
    digest: saved?.digest === true,
  };
}

/** Checks and stores the settings; returns what was stored. */
export function writeSettings(settings: TrackingSettings): TrackingSettings {
  if (!validDays(settings.dueSoonDays)) throw new UserError('trkBadDays');
  const clean: TrackingSettings = {
    dueSoonDays: Math.trunc(Number(settings.dueSoonDays)),
    dailyCheck: settings.dailyCheck === true,
    digest: settings.digest === true,
  };
  putDocumentProperty(KEY, JSON.stringify(clean));
  return clean;
}

function validDays(value: unknown): boolean {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n >= 0 && n <= 60;
}

/** The unit this user picked in the progress tab, or null. */
export function readMyUnit(): string | null {
  return PropertiesService.getUserProperties().getProperty(UNIT_KEY);
}

/** Remembers this user's unit (null forgets it). */
export function writeMyUnit(unit: string | null): void {
  const props = PropertiesService.getUserProperties();
  if (unit) props.setProperty(UNIT_KEY, unit);
  else props.deleteProperty(UNIT_KEY);
}

/** Chart ids of the dashboard by chart spec id, so a refresh updates instead of adding charts. */
export function readChartIds(): Record<string, number> {
  return parseStored(StoredChartIdsSchema, PropertiesService.getDocumentProperties().getProperty(CHARTS_KEY)) ?? {};
}

export function writeChartIds(ids: Record<string, number>): void {
  putDocumentProperty(CHARTS_KEY, JSON.stringify(ids));
}

/** The plan the dashboard shows when a check covers every plan (the one last checked on its own). */
export function readDashboardPlan(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(DASHBOARD_PLAN_KEY);
}

export function writeDashboardPlan(planKey: string): void {
  putDocumentProperty(DASHBOARD_PLAN_KEY, planKey);
}
