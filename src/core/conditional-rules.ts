// Conditional-format rules that colour task rows by evaluation live, with TODAY(): the same
// categories as `evaluateTask`, written as Google Sheets formulas over the sheet's current
// column letters.
import type { Evaluation } from './types';
import { columnLetter, notInPlanLabels, stateLabels, type ColumnKey } from './columns';
import { DEFAULT_DUE_SOON_DAYS } from './evaluation';

/** Row colours of the evaluation categories (DESIGN.md); "no deadline" has none. */
export const EVALUATION_COLOURS: Record<Evaluation, { background: string; fontColor: string } | null> = {
  done_on_time: { background: '#d9ead3', fontColor: '#274e13' }, // green
  done_late: { background: '#fce5cd', fontColor: '#783f04' }, // orange
  on_track: { background: '#cfe2f3', fontColor: '#073763' }, // blue
  due_soon: { background: '#fff2cc', fontColor: '#7f6000' }, // amber
  overdue: { background: '#f4cccc', fontColor: '#990000' }, // red
  not_started: { background: '#efefef', fontColor: '#434343' }, // grey
  no_deadline: null,
};

/** Where the rules apply and what they read. */
interface RuleLayout {
  /** The sheet's column order (null for columns that are not the add-on's). */
  columnOrder: readonly (ColumnKey | null)[];
  /** 1-based row of the first task (2 under a single frozen header). */
  firstRow: number;
  dueSoonDays?: number;
}

/** One conditional-format rule as plain data; the adapter turns it into a Sheets rule. */
export interface ConditionalRuleSpec {
  /** The category (or 'not_in_plan' for rows dropped from a revised plan) the rule marks. */
  marks: Evaluation | 'not_in_plan';
  /** A custom formula relative to the range's top-left cell (absolute columns, relative rows). */
  formula: string;
  background: string;
  fontColor?: string;
  strikethrough?: boolean;
  /** 1-based, inclusive; rows run to the bottom of the sheet. */
  range: { firstRow: number; firstColumn: number; lastColumn: number };
}

/**
 * The add-on's rules in priority order (Sheets applies the first matching rule). Each rule's
 * formula is also exact on its own, so the order only decides between the "not in plan" mark
 * and a category. State labels of both languages are recognised, so a sheet made in either
 * language (or a mix after a language switch) is coloured the same.
 */
export function conditionalRules(layout: RuleLayout): ConditionalRuleSpec[] {
  const n = Math.max(0, Math.trunc(layout.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS));
  const ref = (key: ColumnKey): string | null => {
    const index = layout.columnOrder.indexOf(key);
    return index < 0 ? null : `$${columnLetter(index)}${layout.firstRow}`;
  };
  const code = ref('code');
  const state = ref('state');
  const due = ref('due');
  if (!code || !state || !due)
    throw new Error('The task sheet needs its code, state and due columns for the colour rules');
  const completed = ref('completedOn');
  const inPlan = ref('inPlan');

  const isLabel = (cell: string, labels: string[]) => `OR(${labels.map((l) => `TRIM(${cell})=${quote(l)}`).join(',')})`;
  // Done at the cut-off: state done and the completion date (if any) not after today.
  const doneNow = completed
    ? `AND(${isLabel(state, stateLabels('done'))},OR(${completed}="",${completed}<=TODAY()))`
    : isLabel(state, stateLabels('done'));
  const onTime = completed ? `OR(${due}="",${completed}="",${completed}<=${due})` : 'TRUE';
  const notStarted = `OR(TRIM(${state})="",${isLabel(state, stateLabels('not_started'))})`;
  const soonEnd = `TODAY()+${n}`;
  const row = (condition: string) =>
    `=AND(${code}<>""${inPlan ? `,NOT(${isLabel(inPlan, notInPlanLabels())})` : ''},${condition})`;

  const conditions: [Evaluation, string][] = [
    ['done_on_time', `${doneNow},${onTime}`],
    ['done_late', `${doneNow},NOT(${onTime})`],
    ['overdue', `NOT(${doneNow}),${due}<>"",${due}<TODAY()`],
    ['due_soon', `NOT(${doneNow}),${due}<>"",${due}>=TODAY(),${due}<${soonEnd}`],
    ['not_started', `NOT(${doneNow}),${notStarted},OR(${due}="",${due}>=${soonEnd})`],
    ['on_track', `NOT(${doneNow}),NOT(${notStarted}),${due}<>"",${due}>=${soonEnd}`],
  ];
  const range = { firstRow: layout.firstRow, firstColumn: 1, lastColumn: layout.columnOrder.length };
  const rules: ConditionalRuleSpec[] = [];
  if (inPlan) {
    rules.push({
      marks: 'not_in_plan',
      formula: `=AND(${code}<>"",${isLabel(inPlan, notInPlanLabels())})`,
      background: '#f3f3f3',
      fontColor: '#999999',
      strikethrough: true,
      range,
    });
  }
  for (const [evaluation, condition] of conditions) {
    const colours = EVALUATION_COLOURS[evaluation];
    if (colours) rules.push({ marks: evaluation, formula: row(condition), ...colours, range });
  }
  return rules;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
