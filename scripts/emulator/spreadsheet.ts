// SpreadsheetApp, Spreadsheet and Sheet over the emulator state (1-based ranges, real grid limits and errors).
import { parseA1 } from './a1';
import { EmbeddedChart, EmbeddedChartBuilder, newChartSpec } from './charts';
import { requireAuth, requireScope, sheetById, SPREADSHEETS_SCOPE, type Ctx } from './context';
import { Counted } from './counter';
import { isValidTimeZone } from './dates';
import {
  AuthMode,
  BandingTheme,
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  RecalculationInterval,
  SheetType,
  WrapStrategy,
  type EnumMember,
} from './enums';
import { fail } from './errors';
import {
  DEFAULT_COL_WIDTH,
  DEFAULT_ROW_HEIGHT,
  cellAt,
  deleteColumns,
  deleteRows,
  insertColumns,
  insertRows,
  lastColumn,
  lastRow,
  newSheetState,
  writeValue,
} from './grid';
import { DeveloperMetadata, DeveloperMetadataFinder, addMetadata } from './metadata';
import { Protection } from './protection';
import { User } from './services';
import { Range } from './range';
import { ConditionalFormatRule, ConditionalFormatRuleBuilder, DataValidationBuilder, cloneRule } from './rules';
import type { SheetState, SpreadsheetState } from './state';
import { Ui } from './ui';

/** Base name of new sheets in the spreadsheet locale ('Sheet1' in English, facts R16). */
export function defaultSheetBase(locale: string): string {
  return /^vi/i.test(locale) ? 'Trang tính' : 'Sheet';
}

function checkRangeArgs(row: number, column: number, numRows: number, numColumns: number, args: unknown[]): void {
  for (const a of args) {
    if (typeof a !== 'number' || !Number.isFinite(a)) {
      const kinds = args.map((x) =>
        typeof x === 'number'
          ? 'number'
          : typeof x === 'string'
            ? 'String'
            : x === null || x === undefined
              ? 'null'
              : '(class)',
      );
      fail(`The parameters (${kinds.join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
  }
  // Texts and order from facts R2, R3.
  if (row < 1) fail('The starting row of the range is too small.');
  if (column < 1) fail('The starting column of the range is too small.');
  if (numRows < 1) fail('The number of rows in the range must be at least 1.');
  if (numColumns < 1) fail('The number of columns in the range must be at least 1.');
}

/** Sheet. https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export class Sheet extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly id: number,
  ) {
    super(ctx.counter, 'Sheet');
  }

  /** @internal */
  _state(): SheetState {
    return sheetById(this.ctx, this.id);
  }

  private ss(): SpreadsheetState {
    return this.ctx.state.spreadsheet;
  }

  getName(): string {
    return this._state().name;
  }

  /** Duplicate names throw (facts S2); returns the Sheet. */
  setName(name: string): Sheet {
    const s = this._state();
    if (typeof name !== 'string' || name.trim() === '') fail('Invalid argument: name');
    const clash = this.ss().sheets.find((x) => x.id !== s.id && x.name.toLowerCase() === name.toLowerCase());
    if (clash) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    s.name = name;
    return this;
  }

  getSheetId(): number {
    return this.id;
  }
  /** 1-based position (facts S1). */
  getIndex(): number {
    return this.ss().sheets.findIndex((x) => x.id === this.id) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }
  getType(): EnumMember {
    return SheetType.GRID;
  }

  /**
   * getRange(a1) or getRange(row, column[, numRows[, numColumns]]), 1-based (facts R1–R8, R18).
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
   */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    const s = this._state();
    if (typeof a1OrRow === 'string' && column === undefined) return rangeFromA1(this.ctx, s, a1OrRow);
    const args = [a1OrRow, column, numRows, numColumns].filter((x) => x !== undefined);
    const row = a1OrRow as number;
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    checkRangeArgs(row, column as number, nr, nc, args);
    const r = Math.trunc(row);
    const c = Math.trunc(column as number);
    if (r + nr - 1 > s.maxRows || c + nc - 1 > s.maxCols)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new Range(this.ctx, this.id, r, c, Math.trunc(nr), Math.trunc(nc));
  }

  /** A1 to (last column, last row); A1 alone on an empty sheet (facts R11). */
  getDataRange(): Range {
    const s = this._state();
    return new Range(this.ctx, this.id, 1, 1, Math.max(1, lastRow(s)), Math.max(1, lastColumn(s)));
  }

  /** -1 means "last row/column with data" (facts R15). */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const s = this._state();
    const nr = numRows === -1 ? lastRow(s) - startRow + 1 : numRows;
    const nc = numColumns === -1 ? lastColumn(s) - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, nr, nc).getValues();
  }

  getLastRow(): number {
    return lastRow(this._state());
  }
  getLastColumn(): number {
    return lastColumn(this._state());
  }
  getMaxRows(): number {
    return this._state().maxRows;
  }
  getMaxColumns(): number {
    return this._state().maxCols;
  }

  private checkRows(start: number, n = 1): void {
    const s = this._state();
    if (start < 1 || n < 1 || start + n - 1 > s.maxRows) fail('Those rows are out of bounds.');
  }

  private checkCols(start: number, n = 1): void {
    const s = this._state();
    if (start < 1 || n < 1 || start + n - 1 > s.maxCols) fail('Those columns are out of bounds.');
  }

  // ------------------------------------------------------------ rows and columns (metadata moves with them)
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.checkRows(beforePosition);
    insertRows(this.ctx, this._state(), beforePosition, howMany);
    return this;
  }
  /** Grows getMaxRows by howMany (facts R13). */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkRows(afterPosition);
    insertRows(this.ctx, this._state(), afterPosition + 1, howMany);
    return this;
  }
  /** insertRows(rowIndex[, numRows]): inserts before rowIndex. Returns void, like the real one. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.checkRows(rowIndex);
    insertRows(this.ctx, this._state(), rowIndex, numRows);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.checkCols(beforePosition);
    insertColumns(this.ctx, this._state(), beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkCols(afterPosition);
    insertColumns(this.ctx, this._state(), afterPosition + 1, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.checkCols(columnIndex);
    insertColumns(this.ctx, this._state(), columnIndex, numColumns);
  }
  deleteRow(rowPosition: number): Sheet {
    deleteRows(this.ctx, this._state(), rowPosition, 1);
    return this;
  }
  /** Deleting every non-frozen row throws (facts R17). */
  deleteRows(rowPosition: number, howMany: number): void {
    deleteRows(this.ctx, this._state(), rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    deleteColumns(this.ctx, this._state(), columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    deleteColumns(this.ctx, this._state(), columnPosition, howMany);
  }

  /** Appends at getLastRow()+1 from column A; grows the grid when full (facts R12, R12b). */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents))
      fail("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const s = this._state();
    const row = lastRow(s) + 1;
    if (row > s.maxRows) insertRows(this.ctx, s, s.maxRows + 1, 1);
    if (rowContents.length > s.maxCols) insertColumns(this.ctx, s, s.maxCols + 1, rowContents.length - s.maxCols);
    rowContents.forEach((v, i) => writeValue(cellAt(s, row, i + 1), v, this.ss()));
    return this;
  }

  // ------------------------------------------------------------ layout
  setFrozenRows(rows: number): void {
    const s = this._state();
    if (rows < 0 || rows > s.maxRows) fail('Those rows are out of bounds.');
    s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._state().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const s = this._state();
    if (columns < 0 || columns > s.maxCols) fail('Those columns are out of bounds.');
    s.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._state().frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.checkCols(columnPosition);
    this._state().colWidths[columnPosition] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.checkCols(startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._state().colWidths[c] = width;
    return this;
  }
  /** Out-of-grid columns throw (facts R6); default 100 px. */
  getColumnWidth(columnPosition: number): number {
    this.checkCols(columnPosition);
    return this._state().colWidths[columnPosition] ?? DEFAULT_COL_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    this.checkRows(rowPosition);
    this._state().rowHeights[rowPosition] = height;
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    this.checkRows(startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) this._state().rowHeights[r] = height;
    return this;
  }
  getRowHeight(rowPosition: number): number {
    this.checkRows(rowPosition);
    return this._state().rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.checkCols(startColumn, numColumns);
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    this.checkCols(columnPosition);
    return this;
  }
  /** hideColumns(columnIndex[, numColumns]). */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.checkCols(columnIndex, numColumns);
    const s = this._state();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) if (!s.hiddenCols.includes(c)) s.hiddenCols.push(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.checkCols(columnIndex, numColumns);
    const s = this._state();
    s.hiddenCols = s.hiddenCols.filter((c) => c < columnIndex || c >= columnIndex + numColumns);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this.checkRows(rowIndex, numRows);
    const s = this._state();
    for (let r = rowIndex; r < rowIndex + numRows; r++) if (!s.hiddenRows.includes(r)) s.hiddenRows.push(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this.checkRows(rowIndex, numRows);
    const s = this._state();
    s.hiddenRows = s.hiddenRows.filter((r) => r < rowIndex || r >= rowIndex + numRows);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.checkCols(columnPosition);
    return this._state().hiddenCols.includes(columnPosition);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.checkRows(rowPosition);
    return this._state().hiddenRows.includes(rowPosition);
  }

  /** Hiding the only visible sheet throws (facts S5). */
  hideSheet(): Sheet {
    const s = this._state();
    if (s.hidden) return this;
    if (this.ss().sheets.filter((x) => !x.hidden).length <= 1) fail("You can't hide all the sheets in a document.");
    s.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._state().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._state().hidden;
  }
  setTabColor(color: string | null): Sheet {
    this._state().tabColor = color ? color.toLowerCase() : null;
    return this;
  }
  getTabColor(): string | null {
    return this._state().tabColor;
  }

  /** Only the parent's notion of the active sheet changes (facts S7). */
  activate(): Sheet {
    this.ss().activeSheetId = this.id;
    return this;
  }

  // ------------------------------------------------------------ content
  /** Clears content and formats of the whole sheet (facts V10). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const s = this._state();
    this.getRange(1, 1, s.maxRows, s.maxCols).clear(options);
    return this;
  }
  clearContents(): Sheet {
    const s = this._state();
    this.getRange(1, 1, s.maxRows, s.maxCols).clearContent();
    return this;
  }
  clearFormats(): Sheet {
    const s = this._state();
    this.getRange(1, 1, s.maxRows, s.maxCols).clearFormat();
    return this;
  }

  /** Sorts all rows below the frozen ones by a column. */
  sort(columnPosition: number, ascending = true): Sheet {
    const s = this._state();
    const first = s.frozenRows + 1;
    const last = lastRow(s);
    if (last >= first) this.getRange(first, 1, last - first + 1, s.maxCols).sort({ column: columnPosition, ascending });
    return this;
  }

  // ------------------------------------------------------------ rules
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._state().conditionalRules.map((r) => new ConditionalFormatRule(this.ctx, cloneRule(r)));
  }
  /** Replaces all rules, kept in input order (facts C2). */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      fail(
        "The parameters ((class)) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    this._state().conditionalRules = rules.map((r) => cloneRule(r._spec()));
  }
  clearConditionalFormatRules(): void {
    this._state().conditionalRules = [];
  }

  // ------------------------------------------------------------ charts
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, newChartSpec());
  }
  /**
   * Puts a copy of the chart in the sheet with a new id (facts E1, E2). The caller's chart
   * object is not changed: its getChartId() stays null (the reference promises an id only for
   * a chart in a spreadsheet), so the id is read back through getCharts().
   */
  insertChart(chart: EmbeddedChart): void {
    const spec = JSON.parse(JSON.stringify(chart._spec()));
    spec.chartId = this.ctx.state.spreadsheet.nextId++;
    this._state().charts.push(spec);
  }
  getCharts(): EmbeddedChart[] {
    return this._state().charts.map((c) => new EmbeddedChart(this.ctx, JSON.parse(JSON.stringify(c))));
  }
  updateChart(chart: EmbeddedChart): void {
    const s = this._state();
    const spec = chart._spec();
    const i = s.charts.findIndex((c) => c.chartId === spec.chartId);
    if (i < 0) fail('The chart does not exist in this sheet.');
    s.charts[i] = JSON.parse(JSON.stringify(spec));
  }
  removeChart(chart: EmbeddedChart): void {
    const s = this._state();
    const id = chart._spec().chartId;
    s.charts = s.charts.filter((c) => c.chartId !== id);
  }

  // ------------------------------------------------------------ protection
  /** Returns the existing sheet protection if there is one (facts P1). */
  protect(): Protection {
    const s = this._state();
    const existing = s.protections.find((p) => p.type === 'SHEET');
    if (existing) return new Protection(this.ctx, this.id, existing.id);
    const id = this.ss().nextId++;
    s.protections.push({
      id,
      type: 'SHEET',
      box: { sheetId: this.id, row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols },
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotected: [],
    });
    return new Protection(this.ctx, this.id, id);
  }
  getProtections(type: unknown): Protection[] {
    const t = String(type);
    return this._state()
      .protections.filter((p) => p.type === t)
      .map((p) => new Protection(this.ctx, this.id, p.id));
  }

  // ------------------------------------------------------------ banding
  getBandings(): { getRange(): Range; remove(): void }[] {
    return this._state().bandings.map((b) => ({
      getRange: () => new Range(this.ctx, this.id, b.box.row, b.box.col, b.box.numRows, b.box.numCols),
      remove: () => {
        const s = this._state();
        s.bandings = s.bandings.filter((x) => x.id !== b.id);
      },
    }));
  }

  // ------------------------------------------------------------ metadata
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Sheet {
    addMetadata(this.ctx, { type: 'SHEET', sheetId: this.id }, key, valueOrVisibility, visibility);
    return this;
  }
  /** Metadata attached to the sheet itself. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.ss()
      .metadata.filter((m) => m.location.type === 'SHEET' && m.location.sheetId === this.id)
      .map((m) => new DeveloperMetadata(this.ctx, m.id));
  }
  /** Finds metadata on the sheet and its rows and columns. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, (m) => m.location.sheetId === this.id);
  }
}

/** Resolves an A1 reference on `sheet` (or on the sheet it names). */
export function rangeFromA1(ctx: Ctx, sheet: SheetState, a1: string): Range {
  const ref = parseA1(a1);
  let s = sheet;
  if (ref.sheetName !== null) {
    const named = ctx.state.spreadsheet.sheets.find((x) => x.name === ref.sheetName);
    if (!named) fail('Range not found');
    s = named;
  }
  const startRow = ref.startRow ?? 1;
  const startCol = ref.startCol ?? 1;
  const endRow = ref.endRow ?? s.maxRows;
  const endCol = ref.endCol ?? s.maxCols;
  if (endRow > s.maxRows || endCol > s.maxCols)
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  const form = ref.startRow === null ? 'cols' : ref.startCol === null ? 'rows' : 'cells';
  return new Range(ctx, s.id, startRow, startCol, endRow - startRow + 1, endCol - startCol + 1, form);
}

/** Spreadsheet. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class Spreadsheet extends Counted {
  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'Spreadsheet');
  }

  private ss(): SpreadsheetState {
    return this.ctx.state.spreadsheet;
  }

  getId(): string {
    return this.ss().id;
  }
  getName(): string {
    return this.ss().name;
  }
  rename(newName: string): void {
    this.ss().name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ss().id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.ss().sheets.map((s) => new Sheet(this.ctx, s.id));
  }
  getNumSheets(): number {
    return this.ss().sheets.length;
  }
  /** Leftmost match or null (facts S3). */
  getSheetByName(name: string): Sheet | null {
    const s = this.ss().sheets.find((x) => x.name === name);
    return s ? new Sheet(this.ctx, s.id) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.ss().sheets.find((x) => x.id === id);
    return s ? new Sheet(this.ctx, s.id) : null;
  }

  /**
   * insertSheet(), (index), (name), (name, index), (name, index, options), (options).
   * The new sheet becomes active; index is 0-based (facts S1); duplicate names throw (S2).
   */
  insertSheet(a?: unknown, b?: unknown): Sheet {
    const ss = this.ss();
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') {
      index = a;
    }
    if (name === undefined) {
      const base = defaultSheetBase(ss.locale);
      let n = ss.sheets.length + 1;
      while (ss.sheets.some((s) => s.name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
      name = `${base}${n}`;
    }
    if (ss.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const state = newSheetState(ss.nextId++, name);
    const at = index === undefined ? ss.sheets.length : Math.max(0, Math.min(index, ss.sheets.length));
    ss.sheets.splice(at, 0, state);
    ss.activeSheetId = state.id;
    return new Sheet(this.ctx, state.id);
  }

  /** The last sheet cannot be deleted (facts S4); its metadata goes with it. */
  deleteSheet(sheet: Sheet): void {
    const ss = this.ss();
    if (ss.sheets.length <= 1) fail("You can't remove all the sheets in a document.");
    const id = sheet.getSheetId();
    const i = ss.sheets.findIndex((s) => s.id === id);
    if (i < 0) fail('The sheet has been deleted.');
    ss.sheets.splice(i, 1);
    ss.metadata = ss.metadata.filter((m) => m.location.sheetId !== id);
    for (const s of ss.sheets) for (const r of s.conditionalRules) r.ranges = r.ranges.filter((b) => b.sheetId !== id);
    if (ss.activeSheetId === id) ss.activeSheetId = ss.sheets[Math.max(0, i - 1)].id;
  }

  getSpreadsheetTimeZone(): string {
    return this.ss().timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(timezone)) fail('Invalid argument: timezone');
    this.ss().timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.ss().locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.ss().locale = locale;
  }
  getRecalculationInterval(): EnumMember {
    return RecalculationInterval.ON_CHANGE;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.ss().activeSheetId = sheet.getSheetId();
    return sheet;
  }
  getActiveSheet(): Sheet {
    const ss = this.ss();
    const s = ss.sheets.find((x) => x.id === ss.activeSheetId) ?? ss.sheets[0];
    return new Sheet(this.ctx, s.id);
  }
  /** The selection on the active sheet (set by Range.activate), else its A1. */
  getActiveRange(): Range {
    const sheet = this.getActiveSheet();
    const sel = this.ss().selection;
    return sel && sel.sheetId === sheet.getSheetId()
      ? sheet.getRange(sel.row, sel.column, sel.numRows, sel.numColumns)
      : sheet.getRange(1, 1);
  }
  getRange(a1Notation: string): Range {
    const ss = this.ss();
    const active = ss.sheets.find((x) => x.id === ss.activeSheetId) ?? ss.sheets[0];
    return rangeFromA1(this.ctx, active, a1Notation);
  }
  /** null for a missing name (facts R20); named ranges are not emulated. */
  getRangeByName(name: string): Range | null {
    void name;
    return null;
  }
  appendRow(rowContents: unknown[]): Sheet {
    return this.getActiveSheet().appendRow(rowContents);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): Spreadsheet {
    addMetadata(this.ctx, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }
  /** Metadata attached to the spreadsheet itself. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.ss()
      .metadata.filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => new DeveloperMetadata(this.ctx, m.id));
  }
  /** Searches the whole spreadsheet (facts M4). */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, () => true);
  }

  /** Recorded in ui().toasts. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    void timeoutSeconds;
    this.ctx.state.ui.toasts.push(title ? `${title}: ${msg}` : String(msg));
  }

  /** The owner, or null for a spreadsheet in a shared drive. */
  getOwner(): User | null {
    const owner = this.ctx.state.spreadsheet.owner;
    return owner ? new User(this.ctx, owner) : null;
  }
  /** The owner and the users the spreadsheet is shared with for editing. */
  getEditors(): User[] {
    const s = this.ctx.state.spreadsheet;
    return [...(s.owner ? [s.owner] : []), ...(s.editors ?? [])].map((e) => new User(this.ctx, e));
  }
  addEditor(emailAddress: string | { getEmail(): string }): Spreadsheet {
    const e = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    const s = this.ctx.state.spreadsheet;
    s.editors ??= [];
    if (e !== s.owner && !s.editors.includes(e)) s.editors.push(e);
    return this;
  }
  addEditors(emailAddresses: string[]): Spreadsheet {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  removeEditor(emailAddress: string | { getEmail(): string }): Spreadsheet {
    const e = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    const s = this.ctx.state.spreadsheet;
    s.editors = (s.editors ?? []).filter((x) => x !== e);
    return this;
  }
}

/** SpreadsheetApp. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class SpreadsheetApp extends Counted {
  readonly AutoFillSeries = { DEFAULT_SERIES: 'DEFAULT_SERIES', ALTERNATE_SERIES: 'ALTERNATE_SERIES' };
  readonly BandingTheme = BandingTheme;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;
  readonly RecalculationInterval = RecalculationInterval;

  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'SpreadsheetApp');
  }

  /** Refused in AuthMode.NONE: the add-on may only build its menu there. */
  getActiveSpreadsheet(): Spreadsheet {
    requireAuth(this.ctx, 'SpreadsheetApp.getActiveSpreadsheet');
    return new Spreadsheet(this.ctx);
  }
  getActive(): Spreadsheet {
    requireAuth(this.ctx, 'SpreadsheetApp.getActive');
    return new Spreadsheet(this.ctx);
  }
  getActiveSheet(): Sheet {
    requireAuth(this.ctx, 'SpreadsheetApp.getActiveSheet');
    return new Spreadsheet(this.ctx).getActiveSheet();
  }
  getActiveRange(): Range {
    requireAuth(this.ctx, 'SpreadsheetApp.getActiveRange');
    return new Spreadsheet(this.ctx).getActiveRange();
  }
  setActiveSheet(sheet: Sheet): Sheet {
    requireAuth(this.ctx, 'SpreadsheetApp.setActiveSheet');
    return new Spreadsheet(this.ctx).setActiveSheet(sheet);
  }
  /** Works in every auth mode: an add-on's onOpen builds its menu with it. */
  getUi(): Ui {
    return new Ui(this.ctx);
  }
  /**
   * Needs the full `spreadsheets` scope (spreadsheets.currentonly only reaches the bound file
   * through getActive*) and authorization, so simple triggers cannot call it. Only the bound
   * spreadsheet exists here; other ids throw the real text (facts R20).
   */
  openById(id: string): Spreadsheet {
    requireScope(this.ctx, 'SpreadsheetApp.openById', SPREADSHEETS_SCOPE);
    if (id !== this.ctx.state.spreadsheet.id)
      fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return new Spreadsheet(this.ctx);
  }
  openByUrl(url: string): Spreadsheet {
    requireScope(this.ctx, 'SpreadsheetApp.openByUrl', SPREADSHEETS_SCOPE);
    if (!url.includes(this.ctx.state.spreadsheet.id))
      fail('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return new Spreadsheet(this.ctx);
  }
  flush(): void {}
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx);
  }
  newRichTextValue(): RichTextValueBuilder {
    return new RichTextValueBuilder(this.ctx);
  }
  /** @internal for tests: current auth mode. */
  _authMode(): EnumMember {
    return this.ctx.authMode ?? AuthMode.FULL;
  }
}

/** Minimal rich text: text and a link, written as the plain text. */
export class RichTextValueBuilder extends Counted {
  private text = '';
  private link: string | null = null;
  constructor(ctx: Ctx) {
    super(ctx.counter, 'RichTextValueBuilder');
  }
  setText(text: string): RichTextValueBuilder {
    this.text = text;
    return this;
  }
  setLinkUrl(a: unknown, b?: unknown, c?: unknown): RichTextValueBuilder {
    this.link = String(c ?? a);
    void b;
    return this;
  }
  build(): { getText(): string; getLinkUrl(): string | null } {
    const text = this.text;
    const link = this.link;
    return { getText: () => text, getLinkUrl: () => link };
  }
}
