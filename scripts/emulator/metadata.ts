// Developer metadata: items on the spreadsheet, a sheet, or a whole row/column, and the finder.
import type { Ctx } from './context';
import { Counted } from './counter';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumMember, type EnumMember } from './enums';
import { fail } from './errors';
import type { MetadataSpec } from './state';
import { Range } from './range';
import { Sheet } from './spreadsheet';

/**
 * Adds one item. Overloads (key), (key, value), (key, visibility), (key, value, visibility);
 * default visibility DOCUMENT, value null (facts M1).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String)
 */
export function addMetadata(
  ctx: Ctx,
  location: MetadataSpec['location'],
  key: string,
  valueOrVisibility?: unknown,
  visibility?: unknown,
): MetadataSpec {
  if (typeof key !== 'string' || key === '') fail('Invalid argument: key');
  let value: string | null = null;
  let vis: unknown = visibility;
  if (typeof valueOrVisibility === 'string') value = valueOrVisibility;
  else if (valueOrVisibility !== undefined && valueOrVisibility !== null) vis = valueOrVisibility;
  const visName = vis === undefined || vis === null ? 'DOCUMENT' : String(vis);
  if (visName !== 'DOCUMENT' && visName !== 'PROJECT') fail('Invalid argument: visibility');
  const spec: MetadataSpec = {
    id: ctx.state.spreadsheet.nextId++,
    key,
    value,
    visibility: visName,
    location: { ...location },
  };
  ctx.state.spreadsheet.metadata.push(spec);
  return spec;
}

/** DeveloperMetadata. https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata */
export class DeveloperMetadata extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly id: number,
  ) {
    super(ctx.counter, 'DeveloperMetadata');
  }

  private spec(): MetadataSpec {
    const m = this.ctx.state.spreadsheet.metadata.find((x) => x.id === this.id);
    if (!m) fail('The developer metadata has been deleted.');
    return m;
  }

  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.spec().key;
  }
  getValue(): string | null {
    return this.spec().value;
  }
  getVisibility(): EnumMember {
    return enumMember('DeveloperMetadataVisibility', this.spec().visibility);
  }

  setKey(key: string): DeveloperMetadata {
    this.spec().key = key;
    return this;
  }

  setValue(value: string): DeveloperMetadata {
    this.spec().value = value;
    return this;
  }

  setVisibility(visibility: unknown): DeveloperMetadata {
    this.spec().visibility = String(visibility) as 'DOCUMENT' | 'PROJECT';
    return this;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.ctx, { ...this.spec().location });
  }

  remove(): void {
    const ss = this.ctx.state.spreadsheet;
    this.spec();
    ss.metadata = ss.metadata.filter((m) => m.id !== this.id);
  }

  /** The range must be a single whole column (facts M5). */
  moveToColumn(column: Range): DeveloperMetadata {
    const loc = column._metadataLocation();
    if (loc?.type !== 'COLUMN') fail('The range must be a single column.');
    this.spec().location = loc;
    return this;
  }

  moveToRow(row: Range): DeveloperMetadata {
    const loc = row._metadataLocation();
    if (loc?.type !== 'ROW') fail('The range must be a single row.');
    this.spec().location = loc;
    return this;
  }

  moveToSheet(sheet: Sheet): DeveloperMetadata {
    this.spec().location = { type: 'SHEET', sheetId: sheet.getSheetId() };
    return this;
  }

  moveToSpreadsheet(): DeveloperMetadata {
    this.spec().location = { type: 'SPREADSHEET' };
    return this;
  }
}

/** DeveloperMetadataLocation. https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location */
export class DeveloperMetadataLocation extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly loc: MetadataSpec['location'],
  ) {
    super(ctx.counter, 'DeveloperMetadataLocation');
  }

  getLocationType(): EnumMember {
    return DeveloperMetadataLocationType[this.loc.type];
  }

  /** The whole column, or null when the location is not a column. */
  getColumn(): Range | null {
    if (this.loc.type !== 'COLUMN') return null;
    const s = this.ctx.state.spreadsheet.sheets.find((x) => x.id === this.loc.sheetId)!;
    return new Range(this.ctx, s.id, 1, this.loc.index!, s.maxRows, 1, 'cols');
  }

  getRow(): Range | null {
    if (this.loc.type !== 'ROW') return null;
    const s = this.ctx.state.spreadsheet.sheets.find((x) => x.id === this.loc.sheetId)!;
    return new Range(this.ctx, s.id, this.loc.index!, 1, 1, s.maxCols, 'rows');
  }

  getSheet(): Sheet | null {
    if (this.loc.type === 'SPREADSHEET') return null;
    return new Sheet(this.ctx, this.loc.sheetId!);
  }

  getSpreadsheet(): unknown {
    return null;
  }
}

/** DeveloperMetadataFinder. https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder */
export class DeveloperMetadataFinder extends Counted {
  private filters: ((m: MetadataSpec) => boolean)[] = [];

  constructor(
    private readonly ctx: Ctx,
    scope: (m: MetadataSpec) => boolean,
  ) {
    super(ctx.counter, 'DeveloperMetadataFinder');
    this.filters.push(scope);
  }

  withKey(key: string): DeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return this;
  }

  withValue(value: string): DeveloperMetadataFinder {
    this.filters.push((m) => m.value === value);
    return this;
  }

  withId(id: number): DeveloperMetadataFinder {
    this.filters.push((m) => m.id === id);
    return this;
  }

  withLocationType(locationType: unknown): DeveloperMetadataFinder {
    const t = String(locationType);
    this.filters.push((m) => m.location.type === t);
    return this;
  }

  withVisibility(visibility: unknown): DeveloperMetadataFinder {
    const v = String(visibility);
    this.filters.push((m) => m.visibility === v);
    return this;
  }

  find(): DeveloperMetadata[] {
    return this.ctx.state.spreadsheet.metadata
      .filter((m) => this.filters.every((f) => f(m)))
      .map((m) => new DeveloperMetadata(this.ctx, m.id));
  }
}

export { DeveloperMetadataVisibility };
