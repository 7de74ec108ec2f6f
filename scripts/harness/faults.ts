// The fault sweep behind `npm run faults` and its spec: for each write operation, run it once
// cleanly to count its service calls, then once per call N with the N-th call failing (the
// emulator throws the error Apps Script gives), and compare the whole workbook, the property
// stores and the documents with the state before. A failed run must leave that state exactly;
// a run that answers "done" must leave the clean run's state.
import { isDeepStrictEqual } from 'node:util';
import { loadBundle, type LoadedBundle } from './load-bundle';
import { createSeedSheet, DEPARTMENTS, openAddOn, reviewedSeedPlan, rpc, setClock } from './add-on';
import type { Plan } from '../../src/core/types';
import type { ProgressView } from '../../src/shared/rpc';
import type { ReportDefaults, ReportRequest } from '../../src/shared/report-rpc';

/** One operation of the sweep. */
interface Operation {
  name: string;
  /** Prepares the spreadsheet the operation starts from (run once; its state is saved). */
  setup(bundle: LoadedBundle): unknown;
  /** Anything done by hand right before the operation (uncounted, e.g. the user's edit for onEdit). */
  before?(bundle: LoadedBundle, context: unknown): unknown;
  /** Runs the operation; returns its answer (an RpcResult for sidebar targets, undefined for triggers). */
  run(bundle: LoadedBundle, context: unknown, prepared: unknown): unknown;
  /** Calls whose failure the operation is built to tolerate and record (a digest e-mail). */
  tolerated?: RegExp;
}

/** What a sweep found for one operation. */
export interface FaultResult {
  operation: string;
  /** Service calls the clean run made, each failed once. */
  faultPoints: number;
  /** Fault points that left the state neither as before (failure) nor as the clean run (success). */
  leftPartial: number;
  /** Fault points whose answer said "done" while the state was not the clean run's, or "failed" with a changed state not named in the answer. */
  untruthful: number;
  /** Fault points where the only trace is an emptied report Doc that the answer names (DocumentApp cannot delete files). */
  leftDoc: number;
  /** Fault points at a call the operation tolerates by design and completes anyway (a digest e-mail recorded as failed, the account name of the log). */
  tolerated: number;
  /** The failed calls that left partial state ("Class.method #N"), at most ten. */
  examples: string[];
}

const NOW = '2023-06-01T02:00:00Z';
const LATER = '2023-06-20T02:00:00Z';

/** The operations of the sweep: every write the add-on makes. */
export const OPERATIONS: readonly Operation[] = [
  {
    name: 'createTaskSheet',
    setup: (bundle) => reviewedSeedPlan(bundle),
    run: (bundle, plan) => bundle.rpc('createTaskSheet', [plan]),
  },
  {
    name: 'applyReimport',
    setup: (bundle) => {
      const planKey = createSeedSheet(bundle);
      saveOne(bundle, planKey, 0);
      const revised: Plan = reviewedSeedPlan(bundle);
      revised.tasks = revised.tasks
        .slice(1)
        .map((t, i) => (i === 0 ? { ...t, title: `${t.title} (sửa đổi)`, due: '2023-09-30' } : t));
      revised.tasks.push({ ...revised.tasks[0], ref: 'IV.1', title: 'Nhiệm vụ bổ sung', leadUnit: 'Phòng Mới' });
      return { planKey, revised };
    },
    run: (bundle, c) => {
      const { planKey, revised } = c as { planKey: string; revised: Plan };
      return bundle.rpc('applyReimport', [revised, planKey]);
    },
  },
  {
    name: 'saveProgress',
    setup: (bundle) => {
      const planKey = createSeedSheet(bundle);
      saveOne(bundle, planKey, 0);
      return planKey;
    },
    before: (bundle, planKey) => rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).tasks[1],
    run: (bundle, planKey, task) => {
      const t = task as ProgressView['tasks'][number];
      return bundle.rpc('saveProgress', [
        {
          planKey,
          code: t.code,
          rowId: t.rowId,
          state: 'done',
          percent: null,
          completedOn: null,
          result: 'Đã xong',
          evidence: 'Công văn số 12',
          baseline: t.baseline,
        },
      ]);
    },
  },
  {
    name: 'checkOverdue',
    setup: (bundle) => {
      const planKey = createSeedSheet(bundle);
      rpc(bundle, 'checkOverdue', planKey);
      return planKey;
    },
    before: (bundle) => setClock(bundle, () => new Date(LATER)),
    run: (bundle, planKey) => bundle.rpc('checkOverdue', [planKey]),
  },
  {
    name: 'createReport',
    setup: (bundle) => {
      const planKey = createSeedSheet(bundle);
      saveOne(bundle, planKey, 0);
      rpc(bundle, 'checkOverdue', planKey);
      const defaults = rpc<ReportDefaults>(bundle, 'getReportDefaults', planKey);
      const settings: ReportRequest = {
        ...(defaults.settings as ReportRequest),
        number: '12',
        parentAgency: 'UBND tỉnh Mẫu',
        issuingAgency: 'Sở Mẫu',
        agencyCode: 'SM',
        place: 'Mẫu',
        signerTitle: 'GIÁM ĐỐC',
        signerName: 'Nguyễn Văn A',
        period: { kind: 'semiannual', year: 2023 },
        cutoff: '2023-05-31',
      };
      return settings;
    },
    run: (bundle, settings) => bundle.rpc('createReport', [settings]),
  },
  {
    name: 'onEdit',
    setup: (bundle) => {
      createSeedSheet(bundle);
      return null;
    },
    before: (bundle) => {
      const sheet = bundle.emulator
        .workbook()
        .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'));
      const column = (sheet?.values[0] ?? []).indexOf('Tình trạng');
      return bundle.emulator.userEdit(sheet?.name ?? '', `${String.fromCharCode(65 + column)}3`, 'Đang thực hiện');
    },
    run: (bundle, _c, event) => bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event)),
  },
  {
    name: 'dailyCheck',
    setup: (bundle) => {
      const plan = reviewedSeedPlan(bundle);
      plan.tasks = plan.tasks.map((t, i) => (i < 2 ? { ...t, leadUnit: `Phòng Số ${i + 1}`, due: '2023-05-01' } : t));
      rpc(bundle, 'createTaskSheet', plan);
      const ss = (
        bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
      ).getActiveSpreadsheet();
      const units = ss
        .getSheets()
        .find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'planTracker.unitsSheet'));
      const names = units
        ? units
            .getRange(2, 1, units.getLastRow() - 1, 1)
            .getValues()
            .map((r) => String(r[0]))
        : [];
      names.forEach((name, i) => {
        if (name.startsWith('Phòng Số')) units?.getRange(2 + i, 3).setValue(`phong${i}@example.gov.vn`);
      });
      rpc(bundle, 'saveTrackingSettings', { dueSoonDays: 7, dailyCheck: true, digest: true });
      return null;
    },
    // The trigger's own event: runDailyCheck refuses a call without it.
    before: (bundle) => bundle.emulator.clockEvent('runDailyCheck'),
    run: (bundle, _c, event) => bundle.run('runDailyCheck', event),
    // A digest that fails is recorded as failed; an unreadable account name is logged as "Kiểm tra hằng ngày".
    tolerated: /^(MailApp\.sendEmail|Session\.getEffectiveUser|User\.getEmail)$/,
  },
];

function saveOne(bundle: LoadedBundle, planKey: string, index: number): void {
  const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).tasks[index];
  rpc(bundle, 'saveProgress', {
    planKey,
    code: task.code,
    rowId: task.rowId,
    state: 'in_progress',
    percent: 40,
    completedOn: null,
    result: 'Đang làm',
    evidence: '',
    baseline: task.baseline,
  });
}

const GRIDS = [
  'values',
  'displayValues',
  'formulas',
  'formats',
  'backgrounds',
  'fontColors',
  'fontWeights',
  'validations',
] as const;

/**
 * Everything a write may change: the workbook (metadata ids aside), the property stores, the
 * Docs and triggers. The emulator's grids extend to the cells ever touched; trailing empty
 * cells are cut, as they are no state a user or a script can tell apart.
 */
export function snapshot(bundle: LoadedBundle): unknown {
  const state = bundle.emulator.state();
  const workbook = bundle.emulator.workbook();
  for (const sheet of workbook.sheets) {
    for (const m of sheet.metadata) (m as { id: number }).id = 0;
    const grids = sheet as unknown as Record<(typeof GRIDS)[number], unknown[][]>;
    let rows = 0;
    let columns = 0;
    for (const grid of GRIDS) {
      grids[grid].forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== '' && cell !== null && cell !== undefined) {
            rows = Math.max(rows, r + 1);
            columns = Math.max(columns, c + 1);
          }
        }),
      );
    }
    for (const grid of GRIDS) grids[grid] = grids[grid].slice(0, rows).map((row) => row.slice(0, columns));
  }
  return JSON.parse(
    JSON.stringify({
      workbook,
      properties: state.properties,
      documents: bundle.emulator.documents(),
      triggers: state.triggers,
    }),
  );
}

/** Plan keys are random ids: the same run twice differs only in them. */
function withoutKeys(value: unknown, keys: readonly string[]): unknown {
  let text = JSON.stringify(value);
  for (const key of keys) text = text.split(key).join('<planKey>');
  return JSON.parse(text);
}

function answerOf(value: unknown): { ok: boolean; error?: string; planKey?: string } | null {
  if (value && typeof value === 'object' && 'ok' in value) {
    const answer = value as { ok: boolean; error?: string; value?: { planKey?: string } };
    return { ok: answer.ok, error: answer.error, planKey: answer.value?.planKey };
  }
  return null;
}

/** The property naming the emptied Doc a failed report left, which the next report reuses. */
const FAILED_DOC_PROPERTY = 'report.failedDocId';

/**
 * True when the only difference from `before` is one new Doc, emptied and marked as failed in
 * its name, and the document property that lets the next report reuse it.
 */
function onlyEmptiedDoc(before: unknown, after: unknown): boolean {
  type Shape = { documents: { name?: string }[]; properties: { document: Record<string, string> } };
  const b = before as Shape;
  const a = after as Shape;
  if (a.documents.length !== b.documents.length + 1) return false;
  const { [FAILED_DOC_PROPERTY]: _reuse, ...document } = a.properties.document;
  const rest = {
    ...(after as object),
    documents: a.documents.slice(0, b.documents.length),
    properties: { ...a.properties, document },
  };
  if (!isDeepStrictEqual(rest, before)) return false;
  const doc = a.documents[b.documents.length];
  return /(lỗi|failed)/i.test(String(doc.name ?? '')) && JSON.stringify(doc).length < 3000;
}

/**
 * Sweeps one operation: every fault point from 1 to the clean run's call count, or only every
 * `stride`-th one, or (with `points`) about that many spread over the run, the last call (the
 * commit's flush) always included: a reduced sweep for the test suite.
 */
export function sweep(operation: Operation, stride = 1, points?: number): FaultResult {
  const { bundle } = openAddOn(NOW);
  // The script's console.error of each injected failure is expected: keep the output readable.
  (bundle.context as { console: unknown }).console = { ...console, error: () => undefined, warn: () => undefined };
  const context = operation.setup(bundle);
  const base = bundle.emulator.save();
  const start = (): unknown => {
    bundle.emulator.restore(base);
    setClock(bundle, () => new Date(NOW));
    return operation.before?.(bundle, context);
  };

  const prepared = start();
  const before = snapshot(bundle);
  bundle.emulator.faults.arm(null);
  const cleanAnswer = answerOf(operation.run(bundle, context, prepared));
  const faultPoints = bundle.emulator.faults.calls();
  const clean = snapshot(bundle);
  if (cleanAnswer && !cleanAnswer.ok) throw new Error(`${operation.name}: the clean run failed: ${cleanAnswer.error}`);

  const result: FaultResult = {
    operation: operation.name,
    faultPoints,
    leftPartial: 0,
    untruthful: 0,
    leftDoc: 0,
    tolerated: 0,
    examples: [],
  };
  const step = points ? Math.max(1, Math.ceil(faultPoints / points)) : stride;
  const chosen = new Set<number>();
  for (let n = faultPoints; n >= 1; n -= step) chosen.add(n);
  for (const n of [...chosen].sort((a, b) => a - b)) {
    const preparedN = start();
    bundle.emulator.faults.arm(n);
    let threw = false;
    let answer: ReturnType<typeof answerOf> = null;
    try {
      answer = answerOf(operation.run(bundle, context, preparedN));
    } catch {
      threw = true; // a trigger that throws: Apps Script logs it; the state is what counts
    }
    const failed = bundle.emulator.faults.failed();
    bundle.emulator.faults.arm(null);
    const after = snapshot(bundle);
    const keys = [cleanAnswer?.planKey, answer?.planKey].filter((k): k is string => typeof k === 'string' && k !== '');
    const asBefore = isDeepStrictEqual(after, before);
    const asClean = isDeepStrictEqual(withoutKeys(after, keys), withoutKeys(clean, keys));
    const saysFailed = threw || (answer !== null && !answer.ok);
    if (failed === null) continue; // the run ended before the N-th call (a shorter path)
    if (operation.tolerated?.test(failed) && !saysFailed) {
      result.tolerated++;
      continue;
    }
    if (saysFailed && asBefore) continue;
    if (!saysFailed && asClean) continue;
    if (answer === null && !threw && (asBefore || asClean)) continue;
    if (saysFailed && onlyEmptiedDoc(before, after) && /có thể xoá|can be deleted/.test(answer?.error ?? '')) {
      result.leftDoc++;
      continue;
    }
    if (!saysFailed && !asClean && answer !== null) result.untruthful++;
    result.leftPartial++;
    if (result.examples.length < 10) result.examples.push(`${failed} #${n}`);
  }
  return result;
}

export { loadBundle };
