// Bench: the overdue check (evaluation column, list, dashboard, history, charts), a progress
// save and an edit typed in the sheet (the onEdit simple trigger) through dist/Code.js on the
// emulator, at 10, 1000 and 5000 tasks: service calls must not grow with the number of tasks.
import type { BenchCase } from './types';
import { createSeedSheet, openAddOn, rpc } from '../harness/add-on';
import { columnHeader, columnLetter } from '../../src/core/columns';

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
        rpc(bundle, 'saveProgress', {
          planKey,
          code: `T.${n}`,
          state: 'in_progress',
          percent: round % 100,
          completedOn: null,
          result: `r${round}`,
          evidence: '',
          baseline: null,
        });
        return bundle.emulator.calls.total();
      };
    },
  },
  {
    name: 'on-edit',
    sizes: [10, 1000, 5000],
    unit: 'tasks',
    prepare(n) {
      const { bundle } = prepared(n);
      const sheet = bundle.emulator
        .workbook()
        .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!;
      const column = sheet.values[0].map(String).indexOf(columnHeader('result', 'vi'));
      let round = 0;
      const edit = () => {
        round += 1;
        // A result typed into the last task's row, as a user would.
        const event = bundle.emulator.userEdit(sheet.name, `${columnLetter(column)}${n + 1}`, `r${round}`);
        bundle.emulator.calls.reset();
        bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
        return bundle.emulator.calls.total();
      };
      edit(); // the first edit creates the change log
      return edit;
    },
  },
];
