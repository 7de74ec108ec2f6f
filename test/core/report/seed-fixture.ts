// Test fixture: the seed plan (Gia Lai Economic Zone Board, dân vận chính quyền 2023) as the
// report sees it, built from the seed's expected parse, with progress entered at a cut-off.
import { DAN_VAN_EXPECTED_FILE } from '../../fixtures/index';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan, TaskProgress, TaskRecord } from '../../../src/core/types';
import type { ReportInput, ReportSettings } from '../../../src/core/report/build';

const _repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const seedPath = DAN_VAN_EXPECTED_FILE;

interface ExpectedTask {
  ref: string;
  summary: string;
  lead_unit: string | null;
  support_units: string[];
  due: string | null;
  due_text: string | null;
  recurrence: TaskRecord['recurrence'];
  text_includes?: string;
}

interface ExpectedPlan {
  title: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  year: number | null;
  tasks: ExpectedTask[];
  recipients: string[];
  signer: Plan['signer'];
}

export const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as ExpectedPlan;
const seedLines = readFileSync(seedPath.replace(/\.expected\.json$/, '.txt'), 'utf8').split('\n');

/** The task's paragraph of the seed plan, from where its summary starts to the end of the line. */
function seedText(summary: string): string {
  const line = seedLines.find((l) => l.includes(summary)) ?? summary;
  return line.slice(line.indexOf(summary)).trim();
}

export const seedPlan: ReportInput['plan'] = {
  number: seed.number,
  code: 'KH-BQLKKT',
  issuer: seed.issuer,
  date: seed.date,
  title: seed.title,
};

export function progress(partial: Partial<TaskProgress> = {}): TaskProgress {
  return {
    state: null,
    percent: null,
    completedOn: null,
    result: '',
    evidence: '',
    updatedAt: null,
    updatedBy: '',
    ...partial,
  };
}

/** The seed's tasks as sheet rows, with the review's units and due dates and `entries` as progress. */
export function seedRecords(
  entries: Record<string, Partial<Pick<TaskRecord, 'due' | 'leadUnit'>> & { progress?: Partial<TaskProgress> }>,
): TaskRecord[] {
  return seed.tasks.map((task) => {
    const entry = entries[task.ref] ?? {};
    return {
      code: task.ref,
      kind: 'task',
      section: task.ref.startsWith('II.') ? 'II. NỘI DUNG' : 'III. TỔ CHỨC THỰC HIỆN',
      title: task.summary,
      text: seedText(task.summary),
      leadUnit: entry.leadUnit !== undefined ? entry.leadUnit : task.lead_unit,
      supportUnits: task.support_units,
      due: entry.due !== undefined ? entry.due : task.due,
      dueText: task.due_text,
      recurrence: task.recurrence,
      inPlan: true,
      progress: progress(entry.progress),
    };
  });
}

export const OFFICE = 'Văn phòng và Tổ chức đoàn thể';
export const DEPARTMENTS = 'Các phòng và đơn vị trực thuộc';

/**
 * At the cut-off 05/5/2023, for the 6-month report: one task done on time, one done late,
 * two overdue (II.4 of the departments, III.1 of the office), one due soon, the rest not yet due.
 */
export const sixMonthRecords = (): TaskRecord[] =>
  seedRecords({
    'II.1': {
      due: '2023-03-31',
      progress: {
        state: 'done',
        completedOn: '2023-03-20',
        result:
          'Ban hành Công văn số 125/BQLKKT-VP ngày 20/3/2023 triển khai tuyên truyền <Luật Thực hiện dân chủ ở cơ sở> & các văn bản liên quan',
        evidence: 'CV 125/BQLKKT-VP',
      },
    },
    'II.2': { due: '2023-12-31', progress: { state: 'in_progress', percent: 40 } },
    'II.3': { progress: { state: 'in_progress' } },
    'II.4': { due: '2023-04-30', leadUnit: DEPARTMENTS, progress: { state: 'in_progress', percent: 60 } },
    'II.5': {
      due: '2023-04-15',
      progress: { state: 'done', completedOn: '2023-04-25', result: 'Xây dựng 01 mô hình "Dân vận khéo".' },
    },
    'II.6': { due: '2023-05-08', leadUnit: OFFICE, progress: { state: 'not_started' } },
    'II.7': { due: '2023-12-31', progress: { state: 'not_started' } },
    'III.1': { due: '2023-03-15' },
    'III.2': { due: '2023-06-15', progress: { state: 'in_progress', percent: 50 } },
  });

export const settings: ReportSettings = {
  number: '',
  parentAgency: 'UBND tỉnh Gia Lai',
  issuingAgency: 'Ban Quản lý Khu kinh tế',
  agencyCode: 'BQLKKT',
  place: 'Gia Lai',
  signerTitle: 'Phó Trưởng ban',
  signerName: 'Nguyễn Văn An',
  signerBlock: 'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
  recipients: [...seed.recipients, 'Lưu: VT, VP (02).'],
  dueSoonDays: 7,
  date: '2023-05-08',
};

export function sixMonthInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    plan: seedPlan,
    records: sixMonthRecords(),
    period: { kind: 'semiannual', year: 2023 },
    cutoff: '2023-05-05',
    settings,
    ...overrides,
  };
}
