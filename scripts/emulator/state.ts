// The emulator's whole state as plain data: what save() writes and loadEmulator() reads back.
import { isDate } from './dates';

/** A cell value as Sheets holds it. */
export type CellValue = string | number | boolean | Date;

/** Formatting and content of one cell; absent keys mean "default". */
export interface CellState {
  v?: CellValue;
  /** Formula text ('=…'); never evaluated — `v` holds a recorded result if any. */
  f?: string;
  nf?: string;
  bg?: string;
  fc?: string;
  fw?: string;
  fst?: string;
  ff?: string;
  fz?: number;
  wrap?: boolean;
  /** Wrap strategy name (WRAP, OVERFLOW, CLIP) once one was set; `wrap` is true exactly for WRAP. */
  ws?: string;
  ha?: string;
  va?: string;
  border?: BorderSpec;
  dv?: ValidationSpec;
  note?: string;
}

export interface BorderSpec {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color?: string | null;
  style?: string | null;
}

/** A data-validation rule as the builder made it. */
export interface ValidationSpec {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A conditional format rule. Ranges are stored as grid boxes on the rule's sheet. */
export interface ConditionalRuleSpec {
  criteria: string | null;
  values: unknown[];
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
  ranges: GridBox[];
}

/** A rectangle on a sheet, 1-based. */
export interface GridBox {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ChartSpec {
  chartId: number | null;
  type: string;
  ranges: GridBox[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
  numHeaders?: number;
  transposeRowsAndColumns?: boolean;
}

export interface ProtectionSpec {
  id: number;
  type: 'RANGE' | 'SHEET';
  box: GridBox;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /**
   * True once the script changed the editors (or domain editing): until then the permissions
   * mirror the spreadsheet's (facts P1). Absent in states saved before it was modelled.
   */
  editorsSet?: boolean;
  domainEdit: boolean;
  unprotected: GridBox[];
}

export interface BandingSpec {
  id: number;
  box: GridBox;
  theme: string;
  header: boolean;
  footer: boolean;
}

export interface MetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: { type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN'; sheetId?: number; index?: number };
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** rows[r-1][c-1]; ragged and sparse. */
  rows: (CellState | undefined)[][];
  frozenRows: number;
  frozenCols: number;
  colWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenCols: number[];
  hiddenRows: number[];
  hidden: boolean;
  tabColor: string | null;
  conditionalRules: ConditionalRuleSpec[];
  charts: ChartSpec[];
  protections: ProtectionSpec[];
  bandings: BandingSpec[];
  merges: GridBox[];
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  activeSheetId: number;
  /** The range last selected by Range.activate (1-based); absent until something is selected. */
  selection?: { sheetId: number; row: number; column: number; numRows: number; numColumns: number };
  metadata: MetadataSpec[];
  nextId: number;
  /** The owner's e-mail; null for a spreadsheet in a shared drive (absent in older saved states: null). */
  owner?: string | null;
  /** E-mails the spreadsheet is shared with for editing, besides the owner. */
  editors?: string[];
}

export interface TriggerState {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  user: string;
  /**
   * The document the add-on made the trigger in: add-on triggers belong to a user and a
   * document (facts T3, T4); absent in states saved before documents were told apart.
   */
  documentId?: string;
  schedule?: Record<string, unknown>;
}

export interface MailRecord {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
  attachments?: number;
  from: string;
}

export interface MenuRecord {
  kind: 'addon' | 'menu';
  title: string;
  items: ({ caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord })[];
}

export interface UiState {
  menus: MenuRecord[];
  sidebars: { title: string; html: string; width?: number }[];
  dialogs: { title: string; html: string; modal: boolean; width?: number; height?: number }[];
  alerts: string[];
  toasts: string[];
  prompts: string[];
}

/** A Docs element in the emulator's tree. */
export interface DocNode {
  type: string;
  attrs: Record<string, unknown>;
  text?: string;
  /** Character-range text styles inside the element's text. */
  runs?: { start: number; end: number; attrs: Record<string, unknown> }[];
  children?: DocNode[];
  /** InlineImage payload. */
  /** `data`: the bytes in base64, so a preview can show the picture (absent in older states). */
  image?: { contentType: string; bytes: number; name: string | null; data?: string };
  /** ListItem: list id and glyph. */
  listId?: string;
}

export interface DocumentState {
  id: string;
  name: string;
  url: string;
  body: DocNode;
  page: {
    width: number;
    height: number;
    marginTop: number;
    marginBottom: number;
    marginLeft: number;
    marginRight: number;
  };
  closed: boolean;
  owner: string;
  /** Docs API only: headers by id (segments of their own) and the document style's other fields. */
  headers?: Record<string, { type: string; body: DocNode }>;
  documentStyle?: Record<string, unknown>;
  nextHeaderId?: number;
}

/** A spreadsheet the user has open elsewhere: its cells and its own document properties. */
export interface OtherSpreadsheet {
  spreadsheet: SpreadsheetState;
  documentProperties: Record<string, string>;
}

export interface EmulatorState {
  version: 1;
  /** The active spreadsheet (the document the add-on runs in). */
  spreadsheet: SpreadsheetState;
  /** Other spreadsheets of the same user using the add-on; triggers, user properties and mail quota are shared. */
  otherSpreadsheets?: OtherSpreadsheet[];
  documents: DocumentState[];
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  triggers: TriggerState[];
  mail: MailRecord[];
  mailQuota: number;
  ui: UiState;
  user: { email: string; locale: string };
  nextDocId: number;
  logs: string[];
  sleeps: number;
}

/** JSON.stringify with Dates kept as {"$date": iso}. */
export function stringifyState(state: unknown): string {
  return JSON.stringify(state, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (isDate(raw)) return { $date: raw.toISOString() };
    return value;
  });
}

/** JSON.parse that turns {"$date": iso} back into Dates. */
export function parseState<T>(text: string): T {
  return JSON.parse(text, (_key, value) => {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof value.$date === 'string' &&
      Object.keys(value).length === 1
    ) {
      return new Date(value.$date);
    }
    return value;
  }) as T;
}
