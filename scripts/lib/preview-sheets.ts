// The sheets as the preview page draws them, read from the emulator's state without counting
// service calls: displayed values, formats, conditional format rules evaluated per cell (custom
// formulas through HyperFormula), validation dropdowns, frozen panes, merges and charts.
import { HyperFormula } from 'hyperformula';
import type {
  CellState,
  ConditionalRuleSpec,
  EmulatorState,
  SheetState,
  SpreadsheetState,
  ValidationSpec,
} from '../emulator/state';
import { lastColumn, lastRow, peek, readValue } from '../emulator/grid';
import { dateToSerial, displayValue, isDate, wallTime } from '../emulator/dates';
import { validates } from '../emulator/rules';
import { chartViews, type ChartView } from './preview-chart';

/** The most the sheet area draws, so a large sheet stays responsive. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 40;

/** One cell as the sheet area draws it. */
export interface CellView {
  text: string;
  background: string;
  color: string;
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  /** Sheets' wrap strategy: wrap grows the row, clip cuts the text at the column edge, overflow spills into empty neighbours. */
  wrap: 'wrap' | 'clip' | 'overflow';
  align: string | null;
  valign: 'top' | 'middle' | 'bottom';
  /** The choices of a dropdown (list or range validation), or null. */
  choices: string[] | null;
  /** A checkbox cell: its checked state. */
  checkbox: boolean | null;
  /** The value breaks a validation rule that only warns (Sheets' red corner mark). */
  invalid: boolean;
  /** The validation's help text, shown on hover. */
  help: string | null;
  /** A formula cell: its text, shown while editing. */
  formula: string | null;
}

export interface SheetView {
  name: string;
  /** The spreadsheet's active sheet: the page shows it, as Sheets shows the sheet a script activates. */
  active: boolean;
  /** Hidden sheets (the plan store) get no tab, as in Sheets. */
  hidden: boolean;
  /** 1-based rows of the selection on the active sheet (Range.activate), or null. */
  selectedRows: [number, number] | null;
  frozenRows: number;
  frozenColumns: number;
  numColumns: number;
  widths: number[];
  /** Row heights set by the script (1-based row → pixels); other rows grow with their text. */
  heights: Record<number, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Merged ranges: [row, column, numRows, numColumns], 1-based. */
  merges: [number, number, number, number][];
  cells: CellView[][];
  charts: ChartView[];
}

function wrapOf(cell: CellState | undefined): CellView['wrap'] {
  const strategy = cell?.ws ?? (cell?.wrap ? 'WRAP' : 'OVERFLOW');
  return strategy === 'WRAP' ? 'wrap' : strategy === 'CLIP' ? 'clip' : 'overflow';
}

function valignOf(alignment: string | undefined): CellView['valign'] {
  const name = String(alignment ?? '').toLowerCase();
  return name === 'top' ? 'top' : name === 'middle' || name === 'center' ? 'middle' : 'bottom';
}

/** Sheets' alignment: an explicit one, else numbers and dates right, booleans centred, text left. */
function alignOf(cell: CellState | undefined, value: unknown): string | null {
  const set = String(cell?.ha ?? '')
    .toLowerCase()
    .replace(/^general-/, '');
  if (/^(left|center|right)$/.test(set)) return set;
  if (typeof value === 'number' || isDate(value)) return 'right';
  if (typeof value === 'boolean') return 'center';
  return null;
}

/** The values a dropdown offers: a list's items, or a range's displayed values. */
function choicesOf(ss: SpreadsheetState, dv: ValidationSpec | undefined): string[] | null {
  if (!dv) return null;
  if (dv.criteria === 'VALUE_IN_LIST' && dv.values[1] !== false) return (dv.values[0] as unknown[]).map(String);
  if (dv.criteria === 'VALUE_IN_RANGE' && dv.values[1] !== false) {
    const box = (
      dv.values[0] as { $range?: { sheetId: number; row: number; col: number; numRows: number; numCols: number } }
    )?.$range;
    const sheet = box && ss.sheets.find((s) => s.id === box.sheetId);
    if (!box || !sheet) return [];
    const out: string[] = [];
    for (let r = box.row; r < box.row + box.numRows; r++) {
      for (let c = box.col; c < box.col + box.numCols; c++) {
        const cell = peek(sheet, r, c);
        const text = displayValue(readValue(cell, ss.timeZone), cell?.nf, ss.timeZone, ss.locale);
        if (text !== '' && !out.includes(text)) out.push(text);
      }
    }
    return out;
  }
  return null;
}

/** A cell's value as HyperFormula reads it: dates as serial numbers, text never parsed. */
function engineValue(cell: CellState | undefined, tz: string): string | number | boolean | null {
  const value = readValue(cell, tz);
  if (value === '') return null;
  if (isDate(value)) return dateToSerial(value, tz);
  if (typeof value === 'string') return `'${value}`;
  return value;
}

/** Moves the relative parts of the A1 references of a formula by (rows, columns), outside string literals. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_, colAbs: string, letters: string, rowAbs: string, row: string) => {
              const column = colAbs ? letters : letterOf(numberOf(letters) + columns);
              const line = rowAbs ? row : String(Number(row) + rows);
              return `${colAbs}${column}${rowAbs}${line}`;
            },
          ),
    )
    .join('"');
}

function numberOf(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function letterOf(n: number): string {
  let s = '';
  for (let m = Math.max(1, n); m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

/** The emulator's "today" written as a formula, so TODAY() means the spreadsheet's day. */
function todayFormula(now: Date, tz: string): string {
  const w = wallTime(now, tz);
  return `DATE(${w.year},${w.month},${w.day})`;
}

/** Whether a non-formula rule holds for a value. */
function simpleRuleHolds(rule: ConditionalRuleSpec, value: unknown): boolean {
  const [a, b] = rule.values as [unknown, unknown];
  const text = typeof value === 'string' ? value : String(value ?? '');
  const n = typeof value === 'number' ? value : null;
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'TEXT_EQUAL_TO':
      return text === String(a);
    case 'TEXT_CONTAINS':
      return text.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(a));
    case 'TEXT_STARTS_WITH':
      return text.startsWith(String(a));
    case 'TEXT_ENDS_WITH':
      return text.endsWith(String(a));
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== a;
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a);
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Number(a) || n > Number(b));
    default:
      return false;
  }
}

/**
 * For each drawn cell, the conditional format rule Sheets applies: the first rule, in order,
 * whose range holds the cell and whose condition is true there. Custom formulas are relative to
 * their range's top-left cell and evaluated by HyperFormula over the sheet's values.
 */
export function matchingRules(
  ss: SpreadsheetState,
  sheet: SheetState,
  rows: number,
  columns: number,
  now: Date,
): (ConditionalRuleSpec | null)[][] {
  const result: (ConditionalRuleSpec | null)[][] = Array.from({ length: rows }, () =>
    Array<ConditionalRuleSpec | null>(columns).fill(null),
  );
  const rules = sheet.conditionalRules;
  if (rules.length === 0) return result;
  const tz = ss.timeZone;
  const dataRows = Math.max(lastRow(sheet), 1);
  const dataColumns = Math.max(lastColumn(sheet), 1);
  const data: (string | number | boolean | null)[][] = Array.from({ length: dataRows }, (_, r) =>
    Array.from({ length: dataColumns }, (_, c) => {
      const cell = peek(sheet, r + 1, c + 1);
      return cell?.f && cell.v === undefined ? null : engineValue(cell, tz);
    }),
  );
  const today = todayFormula(now, tz);
  // Each distinct shifted formula once, in a column to the right of the data.
  const formulaRow = new Map<string, number>();
  const wanted: { r: number; c: number; rule: number; formula?: string }[] = [];
  rules.forEach((rule, index) => {
    const anchor = rule.ranges[0];
    for (const box of rule.ranges) {
      if (box.sheetId !== sheet.id) continue;
      for (let r = box.row; r < Math.min(box.row + box.numRows, rows + 1); r++) {
        for (let c = box.col; c < Math.min(box.col + box.numCols, columns + 1); c++) {
          if (rule.criteria !== 'CUSTOM_FORMULA') {
            wanted.push({ r, c, rule: index });
            continue;
          }
          const text = shiftFormula(String(rule.values[0] ?? ''), r - anchor.row, c - anchor.col).replace(
            /TODAY\(\)/gi,
            today,
          );
          if (!formulaRow.has(text)) formulaRow.set(text, formulaRow.size);
          wanted.push({ r, c, rule: index, formula: text });
        }
      }
    }
  });
  const scratch = dataColumns + 1;
  for (const [text, at] of formulaRow) {
    while (data.length <= at) data.push(Array<null>(dataColumns).fill(null));
    data[at][scratch] = text.startsWith('=') ? text : `=${text}`;
  }
  const engine = formulaRow.size ? HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' }) : null;
  try {
    for (const want of wanted) {
      const current = result[want.r - 1][want.c - 1];
      if (current && rules.indexOf(current) < want.rule) continue;
      let holds: boolean;
      if (want.formula !== undefined) {
        const value = engine!.getCellValue({ sheet: 0, row: formulaRow.get(want.formula)!, col: scratch });
        holds = value === true || (typeof value === 'number' && value !== 0);
      } else {
        holds = simpleRuleHolds(rules[want.rule], readValue(peek(sheet, want.r, want.c), tz));
      }
      if (holds) result[want.r - 1][want.c - 1] = rules[want.rule];
    }
  } finally {
    engine?.destroy();
  }
  return result;
}

/** One sheet as the page draws it, with today's rule colours. */
function sheetView(state: EmulatorState, sheet: SheetState, now: Date): SheetView {
  const ss = state.spreadsheet;
  const tz = ss.timeZone;
  const chartRows = sheet.charts.map(
    (c) => c.position.anchorRow + Math.ceil((Number(c.options.height) || 371) / 21) + 1,
  );
  const chartColumns = sheet.charts.map(
    (c) => c.position.anchorColumn + Math.ceil((Number(c.options.width) || 600) / 100),
  );
  const rows = Math.min(Math.max(lastRow(sheet), 30, ...chartRows), sheet.maxRows, MAX_ROWS);
  const columns = Math.min(Math.max(lastColumn(sheet), 10, ...chartColumns), sheet.maxCols, MAX_COLUMNS);
  const rules = matchingRules(ss, sheet, rows, columns, now);
  const selection = ss.selection;
  const active = sheet.id === ss.activeSheetId;
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c): CellView => {
      const cell = peek(sheet, r + 1, c + 1);
      const value = readValue(cell, tz);
      const rule = rules[r][c];
      const dv = cell?.dv;
      return {
        text: displayValue(value, cell?.nf, tz, ss.locale),
        background: rule?.background ?? cell?.bg ?? '#ffffff',
        color: rule?.fontColor ?? cell?.fc ?? '#000000',
        bold: rule?.bold ?? cell?.fw === 'bold',
        italic: rule?.italic ?? cell?.fst === 'italic',
        strikethrough: rule?.strikethrough ?? false,
        wrap: wrapOf(cell),
        align: alignOf(cell, value),
        valign: valignOf(cell?.va),
        choices: choicesOf(ss, dv),
        checkbox: dv?.criteria === 'CHECKBOX' ? value === (dv.values.length ? dv.values[0] : true) : null,
        invalid: Boolean(dv?.allowInvalid && value !== '' && !validates(dv, value)),
        help: dv?.helpText ?? null,
        formula: cell?.f ?? null,
      };
    }),
  );
  return {
    name: sheet.name,
    active,
    hidden: sheet.hidden,
    selectedRows:
      active &&
      selection &&
      selection.sheetId === sheet.id &&
      !(selection.row === 1 && selection.numRows === 1 && selection.numColumns === 1)
        ? [selection.row, selection.row + selection.numRows - 1]
        : null,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    numColumns: columns,
    widths: Array.from({ length: columns }, (_, c) => sheet.colWidths[c + 1] ?? 100),
    heights: { ...sheet.rowHeights },
    hiddenColumns: [...sheet.hiddenCols],
    hiddenRows: [...sheet.hiddenRows],
    merges: sheet.merges
      .filter((m) => m.row <= rows && m.col <= columns)
      .map((m) => [m.row, m.col, m.numRows, m.numCols]),
    cells,
    charts: chartViews(ss, sheet),
  };
}

/** Every sheet of the active spreadsheet as the page draws it; `now` decides TODAY(). */
export function readSheets(state: EmulatorState, now: Date): SheetView[] {
  return state.spreadsheet.sheets.map((sheet) => sheetView(state, sheet, now));
}
