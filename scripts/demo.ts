// npm run demo -- <plan-file> [more plan files…] [--progress <json-file>] [--today YYYY-MM-DD] [--out DIR] [--screenshots [DIR]]: runs the
// add-on's main job (each plan file imported into its own sheet; progress and report on the first) through the real dist/Code.js on the emulator, without a browser, and writes
// workbook.json and calls.json (and the report's report.json, report.html, report-calls.json);
// --screenshots also has Chromium take screens/sheet.png, dashboard.png and report-N.png.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProgressUpdate, RpcResult, ServerApi } from '../src/shared/rpc';
import { loadBundle, type LoadedBundle } from './harness/load-bundle';
import { withDefaultDues } from '../src/client/tabs/import-review';
import { setClock } from './harness/add-on';
import { loadEmulator } from './emulator/index';
import { reportModelOf } from '../src/server/report/create-report';
import { validateReportRequest } from '../src/server/report/settings';
import { renderDocPreview } from './lib/doc-preview';
import { chartPng } from './lib/preview-chart';
import { takeScreenshots } from './lib/preview-screens';

interface DemoRun {
  bundle: LoadedBundle;
  planText: string;
  /** Further plans (more plan files), each imported into its own sheet after the first. */
  morePlanTexts: string[];
  log(line: string): void;
  /** The plan sheet the import step created, for the steps after it. */
  planKey?: string;
  /** Progress updates to apply (--progress), as the sidebar would save them. */
  progress: Omit<ProgressUpdate, 'planKey' | 'baseline'>[];
  /** Extra files a step wants written to the output directory, by name. */
  outputs: Record<string, string>;
  /** The task sheet the first import created. */
  sheetName?: string;
  /** The report Docs made. */
  documentIds: string[];
}

/** One step of the job: a small function over the loaded add-on. */
type Step = (run: DemoRun) => void;

/** Calls a google.script.run target and fails the demo with its message if it answers with an error. */
function callRpc<K extends keyof ServerApi>(
  run: DemoRun,
  name: K,
  ...args: Parameters<ServerApi[K]>
): ReturnType<ServerApi[K]> {
  const answer = run.bundle.rpc(name, args) as RpcResult<ReturnType<ServerApi[K]>> | null;
  if (!answer) throw new Error(`${name}: no answer (a Date in the result?)`);
  if (!answer.ok) throw new Error(`${name}: ${answer.error}`);
  return answer.value;
}

const openSpreadsheet: Step = (run) => {
  run.bundle.run('onOpen', { authMode: 'FULL' });
  run.log('onOpen: add-on menu built');
};

const openSidebar: Step = (run) => {
  run.bundle.run('showSidebar');
  const sidebar = run.bundle.emulator.ui().sidebars.at(-1);
  run.log(`showSidebar: "${sidebar?.title ?? ''}" (${sidebar?.html.length ?? 0} characters)`);
};

const readSidebarContext: Step = (run) => {
  const context = callRpc(run, 'getSidebarContext');
  run.log(`getSidebarContext: locale ${context.locale}, spreadsheet "${context.spreadsheetName}"`);
};

const importPlan: Step = (run) => {
  const parsed = callRpc(run, 'parsePlanText', run.planText);
  run.log(`parsePlanText: ${parsed.plan.tasks.length} tasks, ${parsed.plan.reports.length} reports`);
  // The review's defaults, as the sidebar starts with them: no deadline → end of the plan year.
  const created = callRpc(run, 'createTaskSheet', withDefaultDues(parsed.plan));
  run.planKey = created.planKey;
  run.sheetName = created.sheetName;
  run.log(
    `createTaskSheet: sheet "${created.sheetName}" with ${created.tasks} tasks, ${created.reports} report rows, ${created.unitsAdded.length} units added`,
  );
};

/** Imports each further plan file into its own sheet, as the office does over a year. */
const importMorePlans: Step = (run) => {
  for (const text of run.morePlanTexts) {
    const parsed = callRpc(run, 'parsePlanText', text);
    const created = callRpc(run, 'createTaskSheet', withDefaultDues(parsed.plan));
    run.log(`createTaskSheet: "${created.label}" in sheet "${created.sheetName}" with ${created.tasks} tasks`);
  }
};

/** Applies the progress file through saveProgress, the sidebar's own entry point. */
const applyProgress: Step = (run) => {
  for (const update of run.progress) {
    const saved = callRpc(run, 'saveProgress', { baseline: null, ...update, planKey: run.planKey ?? '' });
    run.log(`saveProgress ${update.code}: ${saved.changed.join(', ') || 'no change'} → ${saved.task.evaluation}`);
  }
};

const checkOverdue: Step = (run) => {
  // With several plans every plan is checked, so the dashboard's all-plans table lists them all.
  if (run.morePlanTexts.length > 0) callRpc(run, 'checkOverdue', null);
  const report = callRpc(run, 'checkOverdue', run.planKey ?? null);
  run.log(`checkOverdue: ${report.overdue} overdue, ${report.dueSoon} due soon (today ${report.today})`);
};

/** The Docs classes, for counting the report's Docs calls apart from its Sheets reads. */
const DOCS_CLASSES =
  /^(Docs\.Documents|DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|InlineImage|PageBreak|HorizontalRule|Element)\./;

/**
 * Makes the report with the plan's defaults through createReport and keeps its model (built
 * again on a copy of the state, so the demo's call counts stay the add-on's own), its HTML and
 * the calls it made: report.json, report.html (drawn from the written Doc), report-calls.json.
 */
const makeReport: Step = (run) => {
  const defaults = callRpc(run, 'getReportDefaults', run.planKey ?? null);
  if (!defaults.settings) throw new Error('getReportDefaults: no plan sheet');
  const settings = defaults.settings;
  const before = run.bundle.emulator.calls.byMethod();
  const created = callRpc(run, 'createReport', settings);
  run.documentIds.push(created.id);
  const after = run.bundle.emulator.calls.byMethod();
  const byMethod = Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)])
      .filter(([, v]) => (v as number) > 0),
  );
  const sum = (pick: (key: string) => boolean): number =>
    Object.entries(byMethod).reduce((n, [k, v]) => n + (pick(k) ? (v as number) : 0), 0);
  const calls = {
    total: sum(() => true),
    docs: sum((k) => DOCS_CLASSES.test(k)),
    other: sum((k) => !DOCS_CLASSES.test(k)),
    byMethod,
  };
  const copy = loadEmulator(run.bundle.emulator.save());
  const uninstall = copy.install();
  try {
    const ss = (copy.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const { model } = reportModelOf(ss, validateReportRequest(settings), 'vi');
    run.outputs['report.json'] = JSON.stringify(model, null, 2);
  } finally {
    uninstall();
  }
  // Drawn from the Doc as written (the emulated Docs document), not from the model.
  run.outputs['report.html'] = renderDocPreview(run.bundle.emulator.documents(), created.id) ?? '';
  run.outputs['report-calls.json'] = JSON.stringify({ document: created, ...calls }, null, 2);
  run.log(`createReport: "${created.name}" (${calls.docs} Docs calls, ${calls.other} other service calls)`);
};

/** The job, in order. */
const STEPS: Step[] = [
  openSpreadsheet,
  openSidebar,
  readSidebarContext,
  importPlan,
  importMorePlans,
  applyProgress,
  checkOverdue,
  makeReport,
];

export interface DemoArgs {
  planFile: string;
  /** Further plan files, each imported into its own sheet. */
  morePlanFiles?: string[];
  outDir: string;
  /** JSON list of progress updates (--progress). */
  progressFile?: string;
  /** The day the check runs (--today YYYY-MM-DD), 09:00 in the spreadsheet's time zone. */
  today?: string;
  /** Where Chromium writes the screenshots (--screenshots [DIR], default screens/); none without it. */
  screenshots?: string;
}

function parseArgs(argv: string[]): DemoArgs {
  const option = (name: string): string | undefined =>
    argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined;
  // --screenshots takes an optional directory: the next word unless it is another option or a plan file.
  const shotsAt = argv.indexOf('--screenshots');
  const shotsDir =
    shotsAt >= 0 &&
    argv[shotsAt + 1] !== undefined &&
    !argv[shotsAt + 1].startsWith('--') &&
    !/\.(txt|md)$/i.test(argv[shotsAt + 1])
      ? argv[shotsAt + 1]
      : undefined;
  const valueAt = new Set(
    ['--out', '--progress', '--today'].map((name) => argv.indexOf(name) + 1).filter((i) => i > 0),
  );
  if (shotsDir !== undefined) valueAt.add(shotsAt + 1);
  const outDir = option('--out') ?? 'out';
  const [planFile, ...morePlanFiles] = argv.filter((arg, i) => !arg.startsWith('--') && !valueAt.has(i));
  const today = option('--today');
  if (!planFile || !outDir || (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))) {
    throw new Error(
      'usage: npm run demo -- <plan-file> [more plan files…] [--progress <json-file>] [--today YYYY-MM-DD] [--out DIR] [--screenshots [DIR]]',
    );
  }
  return {
    planFile,
    morePlanFiles,
    outDir,
    progressFile: option('--progress'),
    today,
    screenshots: shotsAt >= 0 ? (shotsDir ?? 'screens') : undefined,
  };
}

/** Runs every step and writes what the add-on produced to `outDir`. */
export function runDemo(args: DemoArgs, log: (line: string) => void = console.log): DemoResult {
  // The emulator's clock: 09:00 in Hà Nội on --today (02:00 UTC), or now.
  const now = args.today ? new Date(`${args.today}T02:00:00Z`) : new Date();
  // Charts drawn for real (ECharts + resvg) when pictures are asked for, so the report carries the chart.
  const bundle = loadBundle({
    emulator: { locale: 'vi', now: () => now, chartImage: args.screenshots ? chartPng : undefined },
  });
  if (args.today) setClock(bundle, () => now);
  const run: DemoRun = {
    bundle,
    planText: readFileSync(args.planFile, 'utf8'),
    morePlanTexts: (args.morePlanFiles ?? []).map((file) => readFileSync(file, 'utf8')),
    log,
    progress: args.progressFile ? (JSON.parse(readFileSync(args.progressFile, 'utf8')) as DemoRun['progress']) : [],
    outputs: {},
    documentIds: [],
  };
  for (const step of STEPS) step(run);
  const outDir = resolve(args.outDir);
  mkdirSync(outDir, { recursive: true });
  const workbook = run.bundle.emulator.workbook();
  const calls = { total: run.bundle.emulator.calls.total(), byMethod: run.bundle.emulator.calls.byMethod() };
  writeFileSync(join(outDir, 'workbook.json'), JSON.stringify(workbook, null, 2));
  writeFileSync(join(outDir, 'calls.json'), JSON.stringify(calls, null, 2));
  for (const [name, text] of Object.entries(run.outputs)) writeFileSync(join(outDir, name), text);
  log(`wrote ${join(outDir, 'workbook.json')} and calls.json (${calls.total} service calls)`);
  return {
    workbook,
    calls,
    state: bundle.emulator.save(),
    now,
    sheetName: run.sheetName ?? '',
    documentIds: run.documentIds,
  };
}

export interface DemoResult {
  workbook: unknown;
  calls: unknown;
  /** The emulator's state at the end (emulator.save()). */
  state: string;
  now: Date;
  sheetName: string;
  documentIds: string[];
}

/** Has Chromium take the pictures of a demo run: the task sheet, the dashboard and the report pages. */
export async function demoScreenshots(
  result: DemoResult,
  outDir: string,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const state = JSON.parse(result.state) as { spreadsheet: { sheets: { name: string; charts: unknown[] }[] } };
  const dashboard = state.spreadsheet.sheets.find((s) => s.charts.length > 0)?.name ?? '';
  const files = await takeScreenshots({
    state: result.state,
    now: () => result.now,
    outDir: resolve(outDir),
    taskSheet: result.sheetName,
    dashboardSheet: dashboard,
    documentIds: result.documentIds,
  });
  log(`screenshots: ${files.join(', ')}`);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const main = async (): Promise<void> => {
    const args = parseArgs(process.argv.slice(2));
    const result = runDemo(args);
    if (args.screenshots) await demoScreenshots(result, args.screenshots);
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
