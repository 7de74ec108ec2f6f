// Bench: building the report model (and its HTML) for plans of 10, 100 and 1000 tasks. Pure code.
import type { BenchCase } from './types';
import type { TaskRecord, TaskState } from '../../src/core/types';
import { buildReport, type ReportInput } from '../../src/core/report/build';
import { renderReportHtml } from '../../src/core/report/html';

const STATES: TaskState[] = ['done', 'in_progress', 'not_started', 'paused'];

/** n synthetic tasks over 12 units, with deadlines spread over the year and every state. */
function input(n: number): ReportInput {
  const records: TaskRecord[] = Array.from({ length: n }, (_, i) => {
    const state = STATES[i % STATES.length];
    const month = (i % 12) + 1;
    const due = `2023-${String(month).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    return {
      code: `II.${i + 1}`,
      kind: 'task',
      section: `Section ${Math.floor(i / 25) + 1}`,
      title: `Task ${i + 1}: carry out the plan's item number ${i + 1}`,
      text: `Task ${i + 1}: carry out the plan's item number ${i + 1}. Details follow in a second sentence.`,
      leadUnit: i % 13 === 12 ? null : `Unit ${i % 12}`,
      supportUnits: [],
      due: i % 10 === 9 ? null : due,
      dueText: null,
      recurrence: i % 17 === 0 ? 'ongoing' : null,
      inPlan: true,
      progress: {
        state,
        percent: state === 'in_progress' ? 50 : null,
        completedOn: state === 'done' ? '2023-04-01' : null,
        result: state === 'done' ? `Result of task ${i + 1} <with markup & quotes "">` : '',
        evidence: '',
        updatedAt: null,
        updatedBy: '',
      },
    };
  });
  return {
    plan: { number: '05/KH-ABC', code: 'ABC', issuer: 'Agency', date: '2023-01-10', title: 'Plan for 2023' },
    records,
    period: { kind: 'semiannual', year: 2023 },
    cutoff: '2023-05-05',
    settings: {
      number: '12',
      parentAgency: 'Province',
      issuingAgency: 'Agency',
      agencyCode: 'ABC',
      place: 'City',
      signerTitle: 'Head',
      signerName: 'Name',
      recipients: ['Superior (b/c)', 'Units'],
      dueSoonDays: 7,
    },
  };
}

export const cases: BenchCase[] = [
  {
    name: 'report-model',
    sizes: [10, 100, 1000],
    unit: 'tasks',
    prepare(n) {
      const data = input(n);
      return () => {
        buildReport(data);
        return 0;
      };
    },
  },
  {
    name: 'report-model+html',
    sizes: [10, 100, 1000],
    unit: 'tasks',
    prepare(n) {
      const data = input(n);
      return () => {
        renderReportHtml(buildReport(data));
        return 0;
      };
    },
  },
];
