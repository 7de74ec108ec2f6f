// Scores parsed plans against the annotated examples (../shared/seeds and ../shared/plans, *.expected.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyPlan, parsePlan } from '../src/core/plan/index';
import type { Plan } from '../src/core/types';

interface ExpectedTask {
  ref: string;
  summary: string;
  lead_unit: string | null;
  support_units?: string[];
  due: string | null;
  same_as?: string;
}
interface ExpectedReport {
  due: string | null;
  recurrence: string | null;
}
interface Expected {
  tasks: ExpectedTask[];
  reports: ExpectedReport[];
  recipients: string[];
  signer: { title: string | null; name: string | null };
}

/** The figures for one plan, or all plans together. */
export interface Score {
  name: string;
  expected: number;
  parsed: number;
  matched: number;
  leadRight: number;
  supportRight: number;
  dueRight: number;
  reportsExpected: number;
  reportsFound: number;
  recipientsExpected: number;
  recipientsFound: number;
  signerFields: number;
  signerRight: number;
}

/** The repository root, found from this file (CI clones the repo beside a copy of shared/). */
export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The shared folder beside the repository. */
export const sharedDir = resolve(repoRoot, '..', 'shared');

function tokens(s: string): string[] {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\|/g, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

function same(a: string | null, b: string | null): boolean {
  const norm = (s: string | null): string =>
    (s ?? '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[\s.;,:]+$/, '')
      .trim();
  return norm(a) === norm(b);
}

/** Matches annotated tasks to parsed ones one to one: the annotation's first words must start the parsed text. */
export function matchTasks(expected: ExpectedTask[], plan: Plan): Map<ExpectedTask, number> {
  const parsedTokens = plan.tasks.map((t) => tokens(t.text));
  const used = new Set<number>();
  const matches = new Map<ExpectedTask, number>();
  const order = [...expected].sort((a, b) => tokens(b.summary).length - tokens(a.summary).length);
  for (const e of order) {
    const want = tokens(e.summary).slice(0, 12);
    const candidates: number[] = [];
    parsedTokens.forEach((toks, i) => {
      if (!used.has(i) && want.length > 0 && want.every((w, k) => toks[k] === w)) candidates.push(i);
    });
    // Prefer a parsed task of exactly the annotated length (short table rows), then the first.
    const pick = candidates.find((i) => parsedTokens[i].length === want.length) ?? candidates[0];
    if (pick !== undefined) {
      used.add(pick);
      matches.set(e, pick);
    }
  }
  return matches;
}

/** Scores one parsed plan against its annotation. */
export function scorePlan(name: string, plan: Plan, exp: Expected): Score {
  const matches = matchTasks(exp.tasks, plan);
  // An appendix row that restates a body task may be merged with it.
  const byRef = new Map(exp.tasks.map((t) => [t.ref, t]));
  const counted = exp.tasks.filter((t) => matches.has(t) || !(t.same_as && matches.has(byRef.get(t.same_as)!)));
  let leadRight = 0;
  let supportRight = 0;
  let dueRight = 0;
  for (const [e, i] of matches) {
    const p = plan.tasks[i];
    if (same(p.leadUnit, e.lead_unit)) leadRight++;
    const want = (e.support_units ?? []).map((u) => u.normalize('NFC').toLowerCase().trim()).sort();
    const got = p.supportUnits.map((u) => u.normalize('NFC').toLowerCase().trim()).sort();
    if (want.length === got.length && want.every((u, k) => same(u, got[k]))) supportRight++;
    if ((p.due ?? null) === (e.due ?? null)) dueRight++;
  }
  const freeReports = [...plan.reports];
  let reportsFound = 0;
  for (const r of exp.reports) {
    const k = freeReports.findIndex(
      (p) => (p.due ?? null) === (r.due ?? null) && (p.period ?? null) === (r.recurrence ?? null),
    );
    if (k >= 0) {
      reportsFound++;
      freeReports.splice(k, 1);
    }
  }
  const recipients = exp.recipients.filter((r) => !/^Lưu\b/i.test(r));
  const recipientsFound = recipients.filter((r) => plan.recipients.some((p) => same(p, r))).length;
  const signerPairs: Array<[string | null, string | null]> = [
    [plan.signer.title, exp.signer.title],
    [plan.signer.name, exp.signer.name],
  ];
  return {
    name,
    expected: counted.length,
    parsed: plan.tasks.length,
    matched: matches.size,
    leadRight,
    supportRight,
    dueRight,
    reportsExpected: exp.reports.length,
    reportsFound,
    recipientsExpected: recipients.length,
    recipientsFound,
    signerFields: signerPairs.length,
    signerRight: signerPairs.filter(([a, b]) => same(a, b)).length,
  };
}

/** The example plans with annotations: the seed first, then plans/. */
export function listExamples(): Array<{ name: string; txt: string; json: string; seed: boolean }> {
  const out: Array<{ name: string; txt: string; json: string; seed: boolean }> = [];
  for (const [dir, seed] of [
    ['seeds', true],
    ['plans', false],
  ] as const) {
    const folder = join(sharedDir, dir);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)
      .filter((f) => f.endsWith('.expected.json'))
      .sort()) {
      const base = f.replace(/\.expected\.json$/, '');
      out.push({ name: `${dir}/${base}`, txt: join(folder, `${base}.txt`), json: join(folder, f), seed });
    }
  }
  return out;
}

/** Annotated plans in any folder: every `<name>.expected.json` with a `<name>.txt` (or `.md`) beside it. */
export function listFolder(folder: string): Array<{ name: string; txt: string; json: string; seed: boolean }> {
  const out: Array<{ name: string; txt: string; json: string; seed: boolean }> = [];
  for (const f of readdirSync(folder)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()) {
    const base = f.replace(/\.expected\.json$/, '');
    const txt = ['.txt', '.md'].map((e) => join(folder, base + e)).find((p) => existsSync(p));
    if (txt) out.push({ name: base, txt, json: join(folder, f), seed: false });
  }
  return out;
}

/** Lists what differs between a parse and its annotation: missed and extra tasks, wrong lead units and dues. */
export function describeMisses(plan: Plan, exp: Expected): string[] {
  const matches = matchTasks(exp.tasks, plan);
  const out: string[] = [];
  const used = new Set(matches.values());
  for (const e of exp.tasks) {
    const i = matches.get(e);
    if (i === undefined) {
      out.push(`  missed ${e.ref}: ${e.summary}`);
      continue;
    }
    const p = plan.tasks[i];
    if (!same(p.leadUnit, e.lead_unit))
      out.push(`  lead ${e.ref} (${p.ref}): want ${JSON.stringify(e.lead_unit)} got ${JSON.stringify(p.leadUnit)}`);
    if ((p.due ?? null) !== (e.due ?? null))
      out.push(`  due ${e.ref} (${p.ref}): want ${e.due} got ${p.due} [${p.dueText ?? ''}]`);
  }
  plan.tasks.forEach((p, i) => {
    if (!used.has(i)) out.push(`  extra ${p.ref}: ${p.text.slice(0, 90)}`);
  });
  return out;
}

/** Parses and scores every example (or the plans of another folder); a parse failure scores zero tasks. */
export function scoreExamples(folder?: string, detail = false): Array<Score & { seed: boolean }> {
  return (folder ? listFolder(folder) : listExamples()).map((ex) => {
    const exp = JSON.parse(readFileSync(ex.json, 'utf8')) as Expected;
    const result = parsePlan(readFileSync(ex.txt, 'utf8'));
    const plan = result.ok ? result.plan : emptyPlan();
    if (detail) console.log([ex.name, ...describeMisses(plan, exp)].join('\n'));
    return { ...scorePlan(ex.name, plan, exp), seed: ex.seed };
  });
}

/** Adds scores together. */
export function sumScores(name: string, scores: Score[]): Score {
  const total: Score = {
    name,
    expected: 0,
    parsed: 0,
    matched: 0,
    leadRight: 0,
    supportRight: 0,
    dueRight: 0,
    reportsExpected: 0,
    reportsFound: 0,
    recipientsExpected: 0,
    recipientsFound: 0,
    signerFields: 0,
    signerRight: 0,
  };
  for (const s of scores)
    for (const k of Object.keys(total) as Array<keyof Score>) if (k !== 'name') (total[k] as number) += s[k] as number;
  return total;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** The figures as ratios. */
export function figures(s: Score): {
  recall: number;
  precision: number;
  f1: number;
  lead: number;
  support: number;
  due: number;
  reports: number;
  recipients: number;
  signer: number;
} {
  const recall = ratio(s.matched, s.expected);
  const precision = ratio(s.matched, s.parsed);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return {
    recall,
    precision,
    f1,
    lead: ratio(s.leadRight, s.matched),
    support: ratio(s.supportRight, s.matched),
    due: ratio(s.dueRight, s.matched),
    reports: ratio(s.reportsFound, s.reportsExpected),
    recipients: ratio(s.recipientsFound, s.recipientsExpected),
    signer: ratio(s.signerRight, s.signerFields),
  };
}

/** The accuracy table, one line per plan, then the examples together. */
export function formatTable(scores: Score[], total: Score): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(8);
  const head = `${'plan'.padEnd(58)}${'tasks'.padStart(9)}${'recall'.padStart(8)}${'prec'.padStart(8)}${'F1'.padStart(8)}${'lead'.padStart(8)}${'support'.padStart(8)}${'due'.padStart(8)}${'reports'.padStart(8)}${'recip'.padStart(8)}${'signer'.padStart(8)}`;
  const line = (s: Score): string => {
    const f = figures(s);
    return `${s.name.slice(0, 57).padEnd(58)}${`${s.matched}/${s.expected}/${s.parsed}`.padStart(9)}${pct(f.recall)}${pct(f.precision)}${pct(f.f1)}${pct(f.lead)}${pct(f.support)}${pct(f.due)}${pct(f.reports)}${pct(f.recipients)}${pct(f.signer)}`;
  };
  return [head, ...scores.map(line), line(total), 'tasks = matched/expected/parsed'].join('\n');
}
