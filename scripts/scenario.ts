// npm run scenario -- FILE.json [--out DIR]: runs a list of steps on one emulated spreadsheet
// through the real dist/Code.js — server calls as google.script.run makes them and cells typed
// by a user — each as its user on its day, and writes results.json, workbook.json and the Docs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { loadBundle, type LoadedBundle } from './harness/load-bundle';
import { fromWallTime } from './emulator/dates';
import { renderDocPreview } from './lib/doc-preview';
import { typeIntoCell } from './lib/preview-edit';

/**
 * One step. `user` (an e-mail) and `today` (YYYY-MM-DD, 09:00 in the spreadsheet's time zone)
 * carry over to the next steps until changed. `call` names a server function, called with `args`
 * as google.script.run calls it (JSON in and out); onOpen and onEdit run as simple triggers. `edit`
 * types a value into a cell. In `args` and `edit`, {"$file": "path"} is the text of a file (relative to the
 * scenario file) and {"$ref": "2.value.planKey"} a part of an earlier step's answer (0-based).
 */
export interface ScenarioStep {
  user?: string;
  today?: string;
  call?: string;
  args?: unknown[];
  edit?: { sheet: string | { $ref: string }; range: string; value: unknown };
}

/** What a step did: the server function's answer, or whether the edit was taken. */
export interface StepResult {
  step: number;
  user: string;
  today: string;
  call?: string;
  edit?: ScenarioStep['edit'];
  /** The function's answer as the sidebar receives it (an RpcResult for sidebar targets). */
  answer?: unknown;
  /** false when the call threw or the edit was refused; `error` says why. */
  ok: boolean;
  error?: string;
}

export interface ScenarioRun {
  results: StepResult[];
  bundle: LoadedBundle;
}

export interface ScenarioOptions {
  /** Where {"$file"} paths start (default the current directory). */
  baseDir?: string;
  /** An add-on already loaded (e.g. a test's); default a fresh one on a new emulator. */
  bundle?: LoadedBundle;
  /** The first user (default the office clerk vanphong@example.gov.vn). */
  user?: string;
}

const SIMPLE_TRIGGERS = new Set(['onOpen', 'onEdit']);

/** The part of `value` at a dotted path ('value.plan.tasks.0'). */
function pick(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/** Replaces {"$file"} and {"$ref"} in a step's arguments. */
function resolveArgs(value: unknown, results: StepResult[], baseDir: string): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveArgs(v, results, baseDir));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (typeof object.$file === 'string') return readFileSync(resolve(baseDir, object.$file), 'utf8');
  if (typeof object.$ref === 'string') {
    const [index, ...path] = object.$ref.split('.');
    const earlier = results[Number(index)];
    if (!earlier) throw new Error(`$ref ${object.$ref}: no step ${index} before this one`);
    return pick(earlier.answer, path);
  }
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, resolveArgs(v, results, baseDir)]));
}

function message(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
}

/** Checks the steps' shape; throws a message naming the first bad step. */
export function parseScenario(text: string): ScenarioStep[] {
  const steps = JSON.parse(text) as unknown;
  if (!Array.isArray(steps)) throw new Error('A scenario is a JSON list of steps');
  steps.forEach((step: ScenarioStep, i) => {
    const bad = (why: string) => new Error(`Step ${i}: ${why}`);
    if (!step || typeof step !== 'object') throw bad('not an object');
    if ((step.call === undefined) === (step.edit === undefined)) throw bad('needs either "call" or "edit"');
    if (step.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(step.today)) throw bad('"today" is YYYY-MM-DD');
    if (step.args !== undefined && !Array.isArray(step.args)) throw bad('"args" is a list');
    if (step.edit && (step.edit.sheet === undefined || step.edit.range === undefined))
      throw bad('"edit" needs "sheet" and "range"');
  });
  return steps as ScenarioStep[];
}

/** Runs the steps in order on one spreadsheet; a failing step is recorded and the run goes on. */
export function runScenario(steps: ScenarioStep[], options: ScenarioOptions = {}): ScenarioRun {
  const clock = { now: new Date() };
  const bundle =
    options.bundle ?? loadBundle({ emulator: { locale: 'vi', now: () => clock.now, userEmail: options.user } });
  // The script's Date.now() follows the scenario's day as well as the emulator's stamps.
  (vm.runInContext('Date', bundle.context) as DateConstructor).now = () => clock.now.getTime();
  const baseDir = options.baseDir ?? process.cwd();
  let user = options.user ?? bundle.emulator.state().user.email;
  let today = '';
  const results: StepResult[] = [];
  steps.forEach((step, index) => {
    if (step.user) user = step.user;
    if (step.today) {
      today = step.today;
      const [y, m, d] = today.split('-').map(Number);
      clock.now = fromWallTime(bundle.emulator.state().spreadsheet.timeZone, y, m, d, 9);
    }
    bundle.emulator.setUser(user);
    const result: StepResult = { step: index, user, today, ok: true };
    try {
      if (step.edit) {
        const edit = resolveArgs(step.edit, results, baseDir) as NonNullable<ScenarioStep['edit']>;
        result.edit = edit;
        const { triggerError } = typeIntoCell(bundle, String(edit.sheet), String(edit.range), edit.value);
        if (triggerError) result.error = `onEdit: ${triggerError}`;
      } else {
        const name = String(step.call);
        result.call = name;
        const args = resolveArgs(step.args ?? [], results, baseDir) as unknown[];
        result.answer = SIMPLE_TRIGGERS.has(name)
          ? (bundle.emulator.runAsSimpleTrigger(() => bundle.run(name, ...args)) ?? null)
          : bundle.rpc(name, args);
      }
    } catch (error) {
      result.ok = false;
      result.error = message(error);
    } finally {
      bundle.emulator.endExecution();
    }
    results.push(result);
  });
  return { results, bundle };
}

/** Writes results.json, workbook.json, documents.json and each Doc as docs/<id>.html; returns the files. */
export function writeScenario(run: ScenarioRun, outDir: string): string[] {
  const dir = resolve(outDir);
  mkdirSync(join(dir, 'docs'), { recursive: true });
  const documents = run.bundle.emulator.documents() as { id: string }[];
  const files: Record<string, string> = {
    'results.json': JSON.stringify(run.results, null, 2),
    'workbook.json': JSON.stringify(run.bundle.emulator.workbook(), null, 2),
    'documents.json': JSON.stringify(documents, null, 2),
  };
  for (const doc of documents) files[join('docs', `${doc.id}.html`)] = renderDocPreview(documents, doc.id) ?? '';
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

function parseArgs(argv: string[]): { file: string; outDir: string } {
  const at = argv.indexOf('--out');
  const outDir = at >= 0 ? argv[at + 1] : 'out/scenario';
  const file = argv.find((arg, i) => !arg.startsWith('--') && (at < 0 || i !== at + 1));
  if (!file || !outDir) throw new Error('usage: npm run scenario -- FILE.json [--out DIR]');
  return { file, outDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { file, outDir } = parseArgs(process.argv.slice(2));
    const run = runScenario(parseScenario(readFileSync(file, 'utf8')), { baseDir: dirname(resolve(file)) });
    const files = writeScenario(run, outDir);
    const failed = run.results.filter(
      (r) => !r.ok || (r.answer && typeof r.answer === 'object' && (r.answer as { ok?: unknown }).ok === false),
    );
    for (const r of run.results)
      console.log(
        `${r.step}. ${r.user} ${r.today} ${r.call ?? `edit ${r.edit?.sheet}!${r.edit?.range}`}: ${r.ok ? ((r.answer as { ok?: boolean } | null)?.ok === false ? `refused: ${(r.answer as { error: string }).error}` : 'ok') : r.error}`,
      );
    console.log(
      `${run.results.length} steps (${failed.length} refused or failed); wrote ${files.length} files to ${resolve(outDir)}`,
    );
  } catch (error) {
    console.error(message(error));
    process.exit(1);
  }
}
