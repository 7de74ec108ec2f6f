// SpreadsheetApp Range: values with the real shape rules, formulas (stored, not evaluated), formats and metadata.
import { formatA1, type A1Form } from './a1';
import { sheetById, type Ctx } from './context';
import { Counted } from './counter';
import { displayValue } from './dates';
import { fail } from './errors';
import { enumMember, type EnumMember } from './enums';
import { cellAt, checkInGrid, compareCells, peek, permuteRows, readValue, writeValue } from './grid';
import { DeveloperMetadata, DeveloperMetadataFinder, addMetadata } from './metadata';
import { type DataValidation, ruleFromSpec } from './rules';
import type { CellState, CellValue, GridBox, SheetState } from './state';
import { Protection } from './protection';
import { requireEditable } from './permissions';
import { Sheet } from './spreadsheet';

function isGrid(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((r) => Array.isArray(r));
}

/**
 * A rectangle of cells. https://developers.google.com/apps-script/reference/spreadsheet/range
 * Views are cheap: each call to getRange makes a new one over the shared sheet state.
 */
export class Range extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheetId: number,
    private readonly row: number,
    private readonly col: number,
    private readonly nRows: number,
    private readonly nCols: number,
    private readonly form: A1Form = 'cells',
  ) {
    super(ctx.counter, 'Range');
  }

  /** @internal */
  _sheet(): SheetState {
    return sheetById(this.ctx, this.sheetId);
  }

  /** @internal the range as a grid box. */
  _box(): GridBox {
    return { sheetId: this.sheetId, row: this.row, col: this.col, numRows: this.nRows, numCols: this.nCols };
  }

  private tz(): string {
    return this.ctx.state.spreadsheet.timeZone;
  }

  private each<T>(fn: (cell: CellState | undefined, r: number, c: number) => T): T[][] {
    const sheet = this._sheet();
    const out: T[][] = [];
    for (let r = 0; r < this.nRows; r++) {
      const row: T[] = [];
      const src = sheet.rows[this.row - 1 + r];
      for (let c = 0; c < this.nCols; c++) row.push(fn(src?.[this.col - 1 + c], r, c));
      out.push(row);
    }
    return out;
  }

  private writeEach(fn: (cell: CellState, r: number, c: number) => void): this {
    const sheet = this._sheet();
    requireEditable(this.ctx, this._box());
    for (let r = 0; r < this.nRows; r++)
      for (let c = 0; c < this.nCols; c++) fn(cellAt(sheet, this.row + r, this.col + c), r, c);
    return this;
  }

  /**
   * Checks a 2-D argument against the range size, rows first, with the real texts (facts V3).
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
   */
  private checkShape(values: unknown, method: string): unknown[][] {
    if (!isGrid(values)) {
      fail(
        `The parameters (${Array.isArray(values) ? 'number[]' : typeof values === 'string' ? 'String' : '(class)'}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== this.nRows) {
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.nRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.nCols) {
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.nCols}.`,
        );
      }
    }
    return values;
  }

  // ------------------------------------------------------------ geometry
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getRowIndex(): number {
    return this.row;
  }
  getNumRows(): number {
    return this.nRows;
  }
  getNumColumns(): number {
    return this.nCols;
  }
  /** End row of the range, not the sheet's data extent (facts R18). */
  getLastRow(): number {
    return this.row + this.nRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.nCols - 1;
  }
  getHeight(): number {
    return this.nRows;
  }
  getWidth(): number {
    return this.nCols;
  }

  getA1Notation(): string {
    this._sheet();
    return formatA1(this.row, this.col, this.nRows, this.nCols, this.form);
  }

  getSheet(): Sheet {
    return new Sheet(this.ctx, this.sheetId);
  }

  getGridId(): number {
    return this.sheetId;
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || row > this.nRows || column < 1 || column > this.nCols) {
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this.ctx, this.sheetId, this.row + row - 1, this.col + column - 1, 1, 1);
  }

  /** Offsets from the top-left cell; size kept unless given (facts R4, R19). */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const r = this.row + rowOffset;
    const c = this.col + columnOffset;
    const nr = numRows ?? this.nRows;
    const nc = numColumns ?? (numRows === undefined ? this.nCols : 1);
    if (nr < 1) fail('The number of rows in the range must be at least 1.');
    if (nc < 1) fail('The number of columns in the range must be at least 1.');
    if (r < 1) fail('The starting row of the range is too small.');
    if (c < 1) fail('The starting column of the range is too small.');
    checkInGrid(this._sheet(), r, c, nr, nc);
    return new Range(this.ctx, this.sheetId, r, c, nr, nc);
  }

  getDataRegion(): Range {
    return this;
  }

  /** Makes this range's sheet active and the range the selection (getActiveRange). */
  activate(): Range {
    const ss = this.ctx.state.spreadsheet;
    ss.activeSheetId = this.sheetId;
    ss.selection = {
      sheetId: this.sheetId,
      row: this.getRow(),
      column: this.getColumn(),
      numRows: this.getNumRows(),
      numColumns: this.getNumColumns(),
    };
    return this;
  }

  isBlank(): boolean {
    return this.each((c) => !c || (c.v === undefined && !c.f)).every((r) => r.every(Boolean));
  }

  // ------------------------------------------------------------ values
  /** Values as Number, Boolean, Date or String; '' for empty cells; formulas give their recorded value or '' (facts V1). */
  getValues(): CellValue[][] {
    const tz = this.tz();
    return this.each((c) => readValue(c, tz, this.ctx.newDate));
  }

  getValue(): CellValue {
    return readValue(peek(this._sheet(), this.row, this.col), this.tz(), this.ctx.newDate);
  }

  setValues(values: unknown[][]): Range {
    const data = this.checkShape(values, 'setValues');
    const ss = this.ctx.state.spreadsheet;
    return this.writeEach((cell, r, c) => writeValue(cell, data[r][c], ss));
  }

  /** Sets every cell of the range to `value` (Range.setValue: "Sets the value of the range"). */
  setValue(value: unknown): Range {
    const ss = this.ctx.state.spreadsheet;
    return this.writeEach((cell) => writeValue(cell, value, ss));
  }

  getDisplayValues(): string[][] {
    const tz = this.tz();
    const locale = this.ctx.state.spreadsheet.locale;
    return this.each((c) => (c?.f && c.v === undefined ? '' : displayValue(readValue(c, tz), c?.nf, tz, locale)));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.each((c) => c?.f ?? '');
  }

  getFormula(): string {
    return peek(this._sheet(), this.row, this.col)?.f ?? '';
  }

  setFormula(formula: string): Range {
    return this.writeEach((cell) => {
      delete cell.v;
      if (formula) cell.f = formula;
      else delete cell.f;
    });
  }

  setFormulas(formulas: string[][]): Range {
    const data = this.checkShape(formulas, 'setFormulas');
    return this.writeEach((cell, r, c) => {
      delete cell.v;
      const f = data[r][c] as string;
      if (f) cell.f = f;
      else delete cell.f;
    });
  }

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): Range {
    if (options?.contentsOnly) return this.clearContent();
    if (options?.formatOnly) return this.clearFormat();
    if (options?.validationsOnly) return this.clearDataValidations();
    const sheet = this._sheet();
    requireEditable(this.ctx, this._box());
    for (let r = 0; r < this.nRows; r++) {
      const row = sheet.rows[this.row - 1 + r];
      if (!row) continue;
      for (let c = 0; c < this.nCols; c++) {
        const cell = row[this.col - 1 + c];
        // clear() removes contents and formats but keeps data validation.
        row[this.col - 1 + c] = cell?.dv ? { dv: cell.dv } : undefined;
      }
    }
    return this;
  }

  clearContent(): Range {
    return this.writeEach((cell) => {
      delete cell.v;
      delete cell.f;
    });
  }

  /** Clears text formatting but not number formats (facts V10). */
  clearFormat(): Range {
    return this.writeEach((cell) => {
      for (const k of ['bg', 'fc', 'fw', 'fst', 'ff', 'fz', 'wrap', 'ws', 'ha', 'va', 'border'] as const)
        delete cell[k];
    });
  }

  clearDataValidations(): Range {
    return this.writeEach((cell) => delete cell.dv);
  }

  clearNote(): Range {
    return this.writeEach((cell) => delete cell.note);
  }

  setNote(note: string): Range {
    return this.writeEach((cell) => (cell.note = String(note ?? '')));
  }

  /** 2-D only: a plain string is the generic signature error (facts V12). */
  setNotes(notes: (string | null)[][]): Range {
    return this.setGrid('note', notes, 'setNotes', (v) =>
      v === null || v === undefined || v === '' ? null : String(v),
    );
  }

  getNotes(): string[][] {
    return this.each((c) => c?.note ?? '');
  }

  getNote(): string {
    return peek(this._sheet(), this.row, this.col)?.note ?? '';
  }

  // ------------------------------------------------------------ formats
  private setAll<K extends keyof CellState>(key: K, value: CellState[K] | null): Range {
    return this.writeEach((cell) => {
      if (value === null || value === undefined) delete cell[key];
      else cell[key] = value;
    });
  }

  private setGrid<K extends keyof CellState>(
    key: K,
    values: unknown[][],
    method: string,
    map: (v: unknown) => CellState[K] | null = (v) => v as CellState[K],
  ): Range {
    const data = this.checkShape(values, method);
    return this.writeEach((cell, r, c) => {
      const v = map(data[r][c]);
      if (v === null || v === undefined) delete cell[key];
      else cell[key] = v;
    });
  }

  /** Number format for every cell (facts V9); 'general' resets. */
  setNumberFormat(numberFormat: string): Range {
    if (typeof numberFormat !== 'string')
      fail("The parameters (null) don't match the method signature for SpreadsheetApp.Range.setNumberFormat.");
    return this.setAll('nf', numberFormat.toLowerCase() === 'general' ? null : numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.setGrid('nf', numberFormats, 'setNumberFormats', (v) =>
      typeof v === 'string' && v.toLowerCase() !== 'general' ? v : null,
    );
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  getNumberFormats(): string[][] {
    return this.each((c) => c?.nf ?? 'General');
  }

  setBackground(color: string | null): Range {
    return this.setAll('bg', color ? color.toLowerCase() : null);
  }

  setBackgrounds(color: (string | null)[][]): Range {
    return this.setGrid('bg', color, 'setBackgrounds', (v) => (v ? String(v).toLowerCase() : null));
  }

  setBackgroundRGB(red: number, green: number, blue: number): Range {
    const hex = '#' + [red, green, blue].map((n) => n.toString(16).padStart(2, '0')).join('');
    return this.setBackground(hex);
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  getBackgrounds(): string[][] {
    return this.each((c) => c?.bg ?? '#ffffff');
  }

  setFontColor(color: string | null): Range {
    return this.setAll('fc', color ? color.toLowerCase() : null);
  }

  setFontColors(colors: (string | null)[][]): Range {
    return this.setGrid('fc', colors, 'setFontColors', (v) => (v ? String(v).toLowerCase() : null));
  }

  getFontColor(): string {
    return this.getFontColors()[0][0];
  }

  getFontColors(): string[][] {
    return this.each((c) => c?.fc ?? '#000000');
  }

  setFontWeight(fontWeight: string | null): Range {
    return this.setAll('fw', fontWeight);
  }

  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this.setGrid('fw', fontWeights, 'setFontWeights');
  }

  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }

  getFontWeights(): string[][] {
    return this.each((c) => c?.fw ?? 'normal');
  }

  setFontStyle(fontStyle: string | null): Range {
    return this.setAll('fst', fontStyle);
  }

  setFontStyles(fontStyles: (string | null)[][]): Range {
    return this.setGrid('fst', fontStyles, 'setFontStyles');
  }

  getFontStyle(): string {
    return peek(this._sheet(), this.row, this.col)?.fst ?? 'normal';
  }

  setFontFamily(fontFamily: string | null): Range {
    return this.setAll('ff', fontFamily);
  }

  setFontFamilies(fontFamilies: (string | null)[][]): Range {
    return this.setGrid('ff', fontFamilies, 'setFontFamilies');
  }

  getFontFamily(): string {
    return peek(this._sheet(), this.row, this.col)?.ff ?? 'Arial';
  }

  setFontSize(size: number): Range {
    return this.setAll('fz', size);
  }

  setFontSizes(sizes: number[][]): Range {
    return this.setGrid('fz', sizes, 'setFontSizes');
  }

  getFontSize(): number {
    return peek(this._sheet(), this.row, this.col)?.fz ?? 10;
  }

  /** setWrap(true) is the WRAP strategy, setWrap(false) OVERFLOW. */
  setWrap(isWrapEnabled: boolean): Range {
    return this.writeEach((cell) => setStrategy(cell, isWrapEnabled ? 'WRAP' : 'OVERFLOW'));
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    const data = this.checkShape(isWrapEnabled, 'setWraps');
    return this.writeEach((cell, r, c) => setStrategy(cell, data[r][c] ? 'WRAP' : 'OVERFLOW'));
  }

  getWrap(): boolean {
    return peek(this._sheet(), this.row, this.col)?.wrap ?? true;
  }

  getWraps(): boolean[][] {
    return this.each((c) => c?.wrap ?? true);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setWrapStrategy(WrapStrategy) */
  setWrapStrategy(strategy: EnumMember): Range {
    const name = strategyName(strategy, 'setWrapStrategy');
    return this.writeEach((cell) => setStrategy(cell, name));
  }

  setWrapStrategies(strategies: EnumMember[][]): Range {
    const data = this.checkShape(strategies, 'setWrapStrategies');
    const names = data.map((row) => row.map((s) => strategyName(s, 'setWrapStrategies')));
    return this.writeEach((cell, r, c) => setStrategy(cell, names[r][c]));
  }

  /** A cell never given a strategy overflows (Sheets' default). */
  getWrapStrategy(): EnumMember {
    return this.getWrapStrategies()[0][0];
  }

  getWrapStrategies(): EnumMember[][] {
    return this.each((c) => enumMember('WrapStrategy', c?.ws ?? 'OVERFLOW'));
  }

  setHorizontalAlignment(alignment: string | null): Range {
    return this.setAll('ha', alignment);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this.setGrid('ha', alignments, 'setHorizontalAlignments');
  }

  getHorizontalAlignment(): string {
    return peek(this._sheet(), this.row, this.col)?.ha ?? 'general';
  }

  getHorizontalAlignments(): string[][] {
    return this.each((c) => c?.ha ?? 'general');
  }

  setVerticalAlignment(alignment: string | null): Range {
    return this.setAll('va', alignment);
  }

  setVerticalAlignments(alignments: (string | null)[][]): Range {
    return this.setGrid('va', alignments, 'setVerticalAlignments');
  }

  getVerticalAlignment(): string {
    return peek(this._sheet(), this.row, this.col)?.va ?? 'bottom';
  }

  getVerticalAlignments(): string[][] {
    return this.each((c) => c?.va ?? 'bottom');
  }

  /** setBorder(top, left, bottom, right, vertical, horizontal[, color, style]); null leaves a side unchanged. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): Range {
    return this.writeEach((cell) => {
      const prev = cell.border;
      const pick = (v: boolean | null, p: boolean | null | undefined) => (v === null ? (p ?? null) : v);
      cell.border = {
        top: pick(top, prev?.top),
        left: pick(left, prev?.left),
        bottom: pick(bottom, prev?.bottom),
        right: pick(right, prev?.right),
        vertical: pick(vertical, prev?.vertical),
        horizontal: pick(horizontal, prev?.horizontal),
        color: color ?? prev?.color ?? null,
        style: style === undefined || style === null ? (prev?.style ?? null) : String(style),
      };
    });
  }

  // ------------------------------------------------------------ data validation
  setDataValidation(rule: DataValidation | null): Range {
    const spec = rule ? rule._spec() : null;
    return this.setAll('dv', spec ? { ...spec, values: [...spec.values] } : null);
  }

  /** "dimensions must correspond to the range dimensions"; null entries remove (facts D4). */
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    return this.setGrid('dv', rules, 'setDataValidations', (v) => (v ? (v as DataValidation)._spec() : null));
  }

  getDataValidation(): DataValidation | null {
    const dv = peek(this._sheet(), this.row, this.col)?.dv;
    return dv ? ruleFromSpec(this.ctx, dv) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.each((c) => (c?.dv ? ruleFromSpec(this.ctx, c.dv) : null));
  }

  /** Checkbox cells get true (facts V11). */
  check(): Range {
    return this.writeEach((cell) => {
      if (cell.dv?.criteria === 'CHECKBOX') cell.v = cell.dv.values.length ? (cell.dv.values[0] as CellValue) : true;
    });
  }

  uncheck(): Range {
    return this.writeEach((cell) => {
      if (cell.dv?.criteria === 'CHECKBOX') cell.v = cell.dv.values.length ? (cell.dv.values[1] as CellValue) : false;
    });
  }

  insertCheckboxes(): Range {
    return this.writeEach((cell) => {
      cell.dv = { criteria: 'CHECKBOX', values: [], allowInvalid: true, helpText: null };
      if (cell.v === undefined) cell.v = false;
    });
  }

  /** Rich text is kept as its plain text (links and runs are not emulated). */
  setRichTextValue(value: { getText(): string }): Range {
    const ss = this.ctx.state.spreadsheet;
    return this.writeEach((cell) => {
      delete cell.f;
      const t = value.getText();
      if (t === '') delete cell.v;
      else cell.v = t;
      void ss;
    });
  }

  /** Alternating row colours over the range: recorded, not drawn. */
  applyRowBanding(
    bandingTheme?: unknown,
    showHeader?: boolean,
    showFooter?: boolean,
  ): { getRange(): Range; remove(): void } {
    const sheet = this._sheet();
    if (sheet.bandings.some((b) => overlaps(b.box, this._box())))
      fail('You cannot add alternating colors to a range that already has alternating background colors.');
    const id = this.ctx.state.spreadsheet.nextId++;
    sheet.bandings.push({
      id,
      box: this._box(),
      theme: String(bandingTheme ?? 'LIGHT_GREY'),
      header: showHeader ?? true,
      footer: showFooter ?? false,
    });
    return this.getSheet()
      .getBandings()
      .find((b) => b.getRange().getA1Notation() === this.getA1Notation())!;
  }

  // ------------------------------------------------------------ structure
  merge(): Range {
    const sheet = this._sheet();
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, this._box()));
    sheet.merges.push(this._box());
    return this;
  }

  breakApart(): Range {
    const sheet = this._sheet();
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, this._box()));
    return this;
  }

  isPartOfMerge(): boolean {
    return this._sheet().merges.some((m) => overlaps(m, this._box()));
  }

  /**
   * Sorts the rows of the range by a column (absolute column number) or spec(s)
   * {column, ascending}. https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
   */
  sort(
    sortSpecObj:
      | number
      | { column: number; ascending?: boolean }
      | ({ column: number; ascending?: boolean } | number)[],
  ): Range {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false },
    );
    for (const s of specs) {
      if (s.column < this.col || s.column > this.col + this.nCols - 1) fail('Sort column is outside the range.');
    }
    const values = this.getValues();
    const perm = values.map((_, i) => i);
    perm.sort((a, b) => {
      for (const s of specs) {
        const va = values[a][s.column - this.col];
        const vb = values[b][s.column - this.col];
        if (va === '' && vb !== '') return 1;
        if (vb === '' && va !== '') return -1;
        const d = compareCells(va, vb);
        if (d !== 0) return s.ascending ? d : -d;
      }
      return a - b;
    });
    permuteRows(this.ctx, this._sheet(), this.row, perm, this.col, this.nCols);
    return this;
  }

  // ------------------------------------------------------------ metadata
  /** Only whole rows or columns may carry metadata (facts M2). */
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Range {
    const loc = this._metadataLocation();
    if (!loc) {
      fail(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    addMetadata(this.ctx, loc, key, valueOrVisibility, visibility);
    return this;
  }

  /** @internal the ROW/COLUMN location this range stands for, if it is one whole row or column. */
  _metadataLocation(): { type: 'ROW' | 'COLUMN'; sheetId: number; index: number } | null {
    const s = this._sheet();
    if (this.nRows === 1 && this.col === 1 && this.nCols === s.maxCols)
      return { type: 'ROW', sheetId: this.sheetId, index: this.row };
    if (this.nCols === 1 && this.row === 1 && this.nRows === s.maxRows)
      return { type: 'COLUMN', sheetId: this.sheetId, index: this.col };
    return null;
  }

  /** Metadata located exactly on this range's rows/columns (a cell does not see column metadata, facts M3). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.ctx.state.spreadsheet.metadata
      .filter((m) => this._holdsLocation(m.location))
      .map((m) => new DeveloperMetadata(this.ctx, m.id));
  }

  /** @internal */
  _holdsLocation(loc: { type: string; sheetId?: number; index?: number }): boolean {
    if (loc.sheetId !== this.sheetId) return false;
    const s = this._sheet();
    if (loc.type === 'ROW')
      return this.col === 1 && this.nCols === s.maxCols && loc.index! >= this.row && loc.index! < this.row + this.nRows;
    if (loc.type === 'COLUMN')
      return this.row === 1 && this.nRows === s.maxRows && loc.index! >= this.col && loc.index! < this.col + this.nCols;
    return false;
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, (m) => this._holdsLocation(m.location));
  }

  // ------------------------------------------------------------ protection
  protect(): Protection {
    const sheet = this._sheet();
    const id = this.ctx.state.spreadsheet.nextId++;
    sheet.protections.push({
      id,
      type: 'RANGE',
      box: this._box(),
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotected: [],
    });
    return new Protection(this.ctx, this.sheetId, id);
  }
}

const WRAP_STRATEGIES = new Set(['WRAP', 'OVERFLOW', 'CLIP']);

/** The name of a WrapStrategy member; anything else is the real signature error. */
function strategyName(strategy: unknown, method: string): string {
  const name = strategy === null || strategy === undefined ? '' : String(strategy);
  if (typeof strategy !== 'object' || !WRAP_STRATEGIES.has(name)) {
    fail(
      `The parameters (${typeof strategy === 'string' ? 'String' : strategy === null ? 'null' : typeof strategy}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  return name;
}

function setStrategy(cell: CellState, name: string): void {
  cell.ws = name;
  cell.wrap = name === 'WRAP';
}

/** True when two boxes on the same sheet overlap. */
export function overlaps(a: GridBox, b: GridBox): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}
