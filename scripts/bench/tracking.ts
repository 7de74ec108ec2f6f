// Bench: the overdue check (evaluation column, list, dashboard, history, charts) and a progress
// save through dist/Code.js on the emulator, at 10, 1000 and 5000 tasks: service calls must
// not grow with the number of tasks.
import type { BenchCase } from './types';
import { createSeedSheet, openAddOn, rpc } from '../../test/server/tracking-fixture';

const NOW = '2023-06-01T02:00:00Z';

/** A spreadsheet with an n-task sheet whose dashboard and charts already exist. */
function prepared(n: number) {
  const { bundle } = openAddOn(NOW);
  const planKey = createSeedSheet(bundle, n);
  rpc(bundle, 'checkOverdue', planKey);
  bundle.emulator.calls.reset();
  return { bundle, planKey };
}

export const cases: BenchCase[] = [
  {
    name: 'overdue-check+dashboard',
    sizes: [10, 1000, 5000],
    unit: 'tasks',
    prepare(n) {
      const { bundle, planKey } = prepared(n);
      return () => {
        bundle.emulator.calls.reset();
        rpc(bundle, 'checkOverdue', planKey);
        return bundle.emulator.calls.total();
      };
    },
  },
  {
    name: 'save-progress',
    sizes: [10, 1000, 5000],
    unit: 'tasks',
    prepare(n) {
      const { bundle, planKey } = prepared(n);
      let round = 0;
      return () => {
        bundle.emulator.calls.reset();
        round += 1;
        rpc(bundle, 'saveProgress', { planKey, code: `T.${n}`, state: 'in_progress', percent: round % 100, completedOn: null, result: `r${round}`, evidence: '', baseline: null });
        return bundle.emulator.calls.total();
      };
    },
  },
];
