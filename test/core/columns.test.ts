// The task sheet's columns: declared once, with headers in both languages, formats and rules.
import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  COLUMN_KEYS,
  DATA_VERTICAL_ALIGNMENT,
  HEADER_STYLE,
  columnHeader,
  columnLetter,
  columnSpec,
  columnValidation,
  evaluationLabel,
  parseInPlan,
  parseRecurrence,
  parseState,
  recurrenceLabel,
  stateLabel,
  inPlanLabel,
  headerRow,
} from '../../src/core/columns';
import { EVALUATIONS, RECURRENCES, TASK_STATES } from '../../src/core/types';

describe('COLUMNS', () => {
  it('declares every column once, in the documented order', () => {
    expect(COLUMN_KEYS).toEqual([
      'code',
      'section',
      'title',
      'text',
      'leadUnit',
      'supportUnits',
      'due',
      'dueText',
      'recurrence',
      'state',
      'percent',
      'completedOn',
      'result',
      'evidence',
      'evaluation',
      'updatedAt',
      'updatedBy',
      'inPlan',
      'rowId',
    ]);
    expect(new Set(COLUMN_KEYS).size).toBe(COLUMN_KEYS.length);
  });

  it('has a distinct Vietnamese and English header for each column', () => {
    for (const locale of ['vi', 'en'] as const) {
      const headers = COLUMN_KEYS.map((k) => columnHeader(k, locale));
      expect(new Set(headers).size).toBe(headers.length);
    }
    expect(columnHeader('leadUnit', 'vi')).toBe('Đơn vị chủ trì');
    expect(columnHeader('leadUnit', 'en')).toBe('Lead unit');
    expect(headerRow(['state', null, 'code'], 'vi')).toEqual(['Tình trạng', '', 'Mã']);
  });

  it('marks what units enter as progress, what import writes as plan', () => {
    const role = (role: string) => COLUMNS.filter((c) => c.role === role).map((c) => c.key);
    expect(role('progress')).toEqual([
      'state',
      'percent',
      'completedOn',
      'result',
      'evidence',
      'updatedAt',
      'updatedBy',
    ]);
    expect(role('plan')).toEqual([
      'code',
      'section',
      'title',
      'text',
      'leadUnit',
      'supportUnits',
      'due',
      'dueText',
      'recurrence',
      'inPlan',
    ]);
    expect(role('computed')).toEqual(['evaluation']);
  });

  it('formats dates dd/MM/yyyy, keeps text as plain text, clips the full text in a narrow column', () => {
    expect(columnSpec('due').numberFormat).toBe('dd/MM/yyyy');
    expect(columnSpec('completedOn').numberFormat).toBe('dd/MM/yyyy');
    expect(columnSpec('code').numberFormat).toBe('@');
    // The full text stays in the cell (formula bar, sidebar) but never makes a row tall.
    expect(columnSpec('text').wrap).toBe('clip');
    expect(columnSpec('text').width).toBeLessThan(columnSpec('title').width);
  });

  it('wraps the columns people read in full: title, units, result', () => {
    const wrapped = COLUMNS.filter((c) => c.wrap === 'wrap').map((c) => c.key);
    expect(wrapped).toEqual(expect.arrayContaining(['title', 'leadUnit', 'supportUnits', 'result']));
    expect(wrapped).not.toContain('text');
    expect(HEADER_STYLE).toMatchObject({ fontWeight: 'bold', wrap: 'wrap', horizontalAlignment: 'center' });
    expect(HEADER_STYLE.background).toMatch(/^#[0-9a-f]{6}$/);
    expect(DATA_VERTICAL_ALIGNMENT).toBe('top');
  });

  it('validates state with the four labels, percent 0–100 and dates', () => {
    expect(columnValidation('state', 'vi')).toMatchObject({
      kind: 'list',
      values: ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'],
    });
    expect(columnValidation('state', 'en')).toMatchObject({ values: ['Not started', 'In progress', 'Done', 'Paused'] });
    expect(columnValidation('percent', 'vi')).toMatchObject({ kind: 'numberBetween', min: 0, max: 100 });
    expect(columnValidation('due', 'vi')?.kind).toBe('date');
    expect(columnValidation('completedOn', 'en')?.kind).toBe('date');
    expect(columnValidation('title', 'vi')).toBeNull();
    for (const c of COLUMNS) expect(columnValidation(c.key, 'vi') !== null).toBe(c.validated);
  });
});

describe('labels', () => {
  it('reads a state in either language, any case or spacing, or by key', () => {
    expect(parseState('Hoàn thành')).toBe('done');
    expect(parseState('  hoàn   THÀNH ')).toBe('done');
    expect(parseState('Done')).toBe('done');
    expect(parseState('in_progress')).toBe('in_progress');
    expect(parseState('Tạm dừng')).toBe('paused');
    expect(parseState('')).toBeNull();
    expect(parseState('xong rồi')).toBeNull();
    // Decomposed Unicode (as some keyboards type it) reads the same.
    expect(parseState('Hoàn thành'.normalize('NFD'))).toBe('done');
    for (const s of TASK_STATES) for (const l of ['vi', 'en'] as const) expect(parseState(stateLabel(s, l))).toBe(s);
  });

  it('round-trips recurrences and gives every evaluation a label', () => {
    for (const r of RECURRENCES)
      for (const l of ['vi', 'en'] as const) expect(parseRecurrence(recurrenceLabel(r, l))).toBe(r);
    expect(parseRecurrence('thường xuyên')).toBe('ongoing');
    expect(new Set(EVALUATIONS.map((e) => evaluationLabel(e, 'vi'))).size).toBe(EVALUATIONS.length);
    expect(evaluationLabel('overdue', 'vi')).toBe('Quá hạn');
  });

  it('reads the in-plan marker: only the "dropped" label means out of the plan', () => {
    expect(parseInPlan(inPlanLabel(false, 'vi'))).toBe(false);
    expect(parseInPlan(inPlanLabel(false, 'en'))).toBe(false);
    expect(parseInPlan(inPlanLabel(true, 'vi'))).toBe(true);
    expect(parseInPlan('')).toBe(true);
  });

  it('names columns by letter', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
