// Bench: createReport through the built dist/Code.js on the emulator for plans of 10, 100 and
// 1000 tasks: all service calls, and the Docs calls alone (one create, a few batchUpdates and
// the chart's DocumentApp calls, nearly constant), and time.
import { readFileSync } from 'node:fs';
import type { BenchCase } from './types';
import { SEED_FILE as DAN_VAN_PLAN_FILE } from '../harness/add-on';
import type { Plan } from '../../src/core/types';
import { loadBundle, type LoadedBundle } from '../harness/load-bundle';

const SEED = DAN_VAN_PLAN_FILE;
const UNITS = ['Văn phòng và Tổ chức đoàn thể', 'Các phòng và đơn vị trực thuộc', 'Phòng Quản lý doanh nghiệp'];

function value<T>(bundle: LoadedBundle, name: string, ...args: unknown[]): T {
  const answer = bundle.rpc(name, args) as { ok: true; value: T } | { ok: false; error: string };
  if (!answer.ok) throw new Error(`${name}: ${answer.error}`);
  return answer.value;
}

/** The add-on with a task sheet of n seed-shaped tasks over three units and the year's months, and its dashboard. */
function prepared(n: number): { bundle: LoadedBundle; planKey: string } {
  const bundle = loadBundle({ emulator: { locale: 'vi' } });
  const plan = value<{ plan: Plan }>(bundle, 'parsePlanText', readFileSync(SEED, 'utf8')).plan;
  const base = plan.tasks;
  plan.tasks = Array.from({ length: n }, (_, i) => ({
    ...base[i % base.length],
    ref: `T.${i + 1}`,
    leadUnit: UNITS[i % UNITS.length],
    due: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`,
  }));
  const { planKey } = value<{ planKey: string }>(bundle, 'createTaskSheet', plan);
  // The dashboard and its chart, which the report's appendix shows.
  value(bundle, 'checkOverdue', planKey);
  return { bundle, planKey };
}

/** Calls of the Docs services: the Advanced Docs service and DocumentApp's classes. */
const DOCS_CALL = /^(Docs\.|DocumentApp\.|Document\.|Body\.|Paragraph\.|InlineImage\.|Table|Text\.)/;

function reportCase(name: string, count: (bundle: LoadedBundle) => number): BenchCase {
  return {
    name,
    sizes: [10, 100, 1000],
    unit: 'tasks',
    prepare(n) {
      const { bundle, planKey } = prepared(n);
      const settings = {
        ...value<{ settings: Record<string, unknown> }>(bundle, 'getReportDefaults', planKey).settings,
        period: { kind: 'semiannual', year: 2023 },
        cutoff: '2023-05-05',
        issuingAgency: 'Ban Quản lý Khu kinh tế',
        agencyCode: 'BQLKKT',
      };
      return () => {
        bundle.emulator.calls.reset();
        value(bundle, 'createReport', settings);
        return count(bundle);
      };
    },
  };
}

export const cases: BenchCase[] = [
  reportCase('report-docs', (bundle) => bundle.emulator.calls.total()),
  reportCase('report-docs-calls-only', (bundle) =>
    Object.entries(bundle.emulator.calls.byMethod())
      .filter(([key]) => DOCS_CALL.test(key))
      .reduce((sum, [, n]) => sum + n, 0),
  ),
];
