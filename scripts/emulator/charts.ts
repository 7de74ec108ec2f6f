// Embedded charts kept as specifications (type, ranges, options, position), and Blobs.
import { isDate } from './dates';
import type { Ctx } from './context';
import { Counted } from './counter';
import { ChartType, enumMember, type EnumMember } from './enums';
import type { ChartSpec } from './state';
import { Range } from './range';

/** A tiny valid PNG (1×1, transparent): chart images and test blobs carry these bytes. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** Blob. https://developers.google.com/apps-script/reference/base/blob */
export class Blob extends Counted {
  private bytes: number[];

  constructor(
    private readonly ctx: Ctx,
    data: string | number[] | Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super(ctx.counter, 'Blob');
    this.bytes =
      typeof data === 'string' ? Array.from(Buffer.from(data, 'utf8')) : Array.from(data, (b) => (b << 24) >> 24);
  }

  /** Bytes as Apps Script gives them: signed Java bytes (-128..127). */
  getBytes(): number[] {
    return [...this.bytes];
  }
  getDataAsString(): string {
    return Buffer.from(this.bytes.map((b) => b & 0xff)).toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): Blob {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  getBlob(): Blob {
    return this;
  }
  getAs(contentType: string): Blob {
    return this.contentType === contentType ? this : new Blob(this.ctx, this.bytes, contentType, this.name);
  }
  copyBlob(): Blob {
    return new Blob(this.ctx, this.bytes, this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}

/** Makes a Blob remembering its context (for getAs/copyBlob). */
export function makeBlob(
  ctx: Ctx,
  data: string | number[] | Uint8Array,
  contentType: string | null = null,
  name: string | null = null,
): Blob {
  return new Blob(ctx, data, contentType, name);
}

/** Options of a chart: get(key). */
export class ChartOptions extends Counted {
  constructor(
    ctx: Ctx,
    private readonly options: Record<string, unknown>,
  ) {
    super(ctx.counter, 'ChartOptions');
  }
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
  getOrDefault(option: string): unknown {
    return this.options[option] ?? null;
  }
}

/** Where a chart sits. */
export class ContainerInfo extends Counted {
  constructor(
    ctx: Ctx,
    private readonly p: ChartSpec['position'],
  ) {
    super(ctx.counter, 'ContainerInfo');
  }
  getAnchorRow(): number {
    return this.p.anchorRow;
  }
  getAnchorColumn(): number {
    return this.p.anchorColumn;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

function cloneChart(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    ranges: spec.ranges.map((b) => ({ ...b })),
    options: JSON.parse(JSON.stringify(spec.options)),
    position: { ...spec.position },
  };
}

/** EmbeddedChart. https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart */
export class EmbeddedChart extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly spec: ChartSpec,
  ) {
    super(ctx.counter, 'EmbeddedChart');
  }
  /** @internal */
  _spec(): ChartSpec {
    return this.spec;
  }
  /** null until the chart has been inserted (facts E1). */
  getChartId(): number | null {
    return this.spec.chartId;
  }
  getId(): string {
    return this.spec.chartId === null ? '' : `u${this.spec.chartId}`;
  }
  getType(): string {
    return this.spec.type;
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.ctx, this.spec.options);
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((b) => new Range(this.ctx, b.sheetId, b.row, b.col, b.numRows, b.numCols));
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.ctx, this.spec.position);
  }
  getNumHeaders(): number {
    return this.spec.numHeaders ?? -1;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transposeRowsAndColumns ?? false;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, cloneChart(this.spec));
  }
  /** The chart drawn by the emulator's chartImage option, else a small PNG standing for it. */
  getAs(contentType: string): Blob {
    return makeBlob(this.ctx, this.png(), contentType, 'chart.png');
  }
  getBlob(): Blob {
    return makeBlob(this.ctx, this.png(), 'image/png', 'chart.png');
  }
  private png(): Uint8Array {
    return this.ctx.chartImage?.(this.ctx.state.spreadsheet, this.spec) ?? PNG_BYTES;
  }
}

/** EmbeddedChartBuilder (one class for all the as…Chart() variants). */
export class EmbeddedChartBuilder extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly spec: ChartSpec,
  ) {
    super(ctx.counter, 'EmbeddedChartBuilder');
  }
  /** "Does not add the range if it has already been added" (facts E3). */
  addRange(range: Range): EmbeddedChartBuilder {
    const b = range._box();
    if (!this.spec.ranges.some((x) => JSON.stringify(x) === JSON.stringify(b))) this.spec.ranges.push(b);
    return this;
  }
  removeRange(range: Range): EmbeddedChartBuilder {
    const b = JSON.stringify(range._box());
    this.spec.ranges = this.spec.ranges.filter((x) => JSON.stringify(x) !== b);
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((b) => new Range(this.ctx, b.sheetId, b.row, b.col, b.numRows, b.numCols));
  }
  getChartType(): EnumMember {
    return enumMember('ChartType', this.spec.type);
  }
  setChartType(type: unknown): EmbeddedChartBuilder {
    this.spec.type = String(type);
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.spec.options[option] = isDate(value) ? value.toISOString() : JSON.parse(JSON.stringify(value ?? null));
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    this.spec.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer(): ContainerInfo {
    return new ContainerInfo(this.ctx, this.spec.position);
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.spec.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.spec.transposeRowsAndColumns = transpose;
    return this;
  }
  setHiddenDimensionStrategy(strategy: unknown): EmbeddedChartBuilder {
    this.spec.hiddenDimensionStrategy = String(strategy);
    return this;
  }
  setMergeStrategy(strategy: unknown): EmbeddedChartBuilder {
    this.spec.mergeStrategy = String(strategy);
    return this;
  }
  // Typed-builder conveniences: they set the type and a few common options.
  asAreaChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.AREA);
  }
  asBarChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.BAR);
  }
  asColumnChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.COLUMN);
  }
  asLineChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.LINE);
  }
  asPieChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.PIE);
  }
  asScatterChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.SCATTER);
  }
  asTableChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.TABLE);
  }
  asComboChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.COMBO);
  }
  asHistogramChart(): EmbeddedChartBuilder {
    return this.setChartType(ChartType.HISTOGRAM);
  }
  setTitle(chartTitle: string): EmbeddedChartBuilder {
    return this.setOption('title', chartTitle);
  }
  setStacked(): EmbeddedChartBuilder {
    return this.setOption('isStacked', true);
  }
  setColors(cssValues: string[]): EmbeddedChartBuilder {
    return this.setOption('colors', cssValues);
  }
  setLegendPosition(position: unknown): EmbeddedChartBuilder {
    return this.setOption('legend.position', String(position).toLowerCase());
  }
  set3D(): EmbeddedChartBuilder {
    return this.setOption('is3D', true);
  }
  /** build() does not draw the chart; the id comes with insertChart (facts E1). */
  build(): EmbeddedChart {
    return new EmbeddedChart(this.ctx, cloneChart(this.spec));
  }
}

/** A builder for a new chart on a sheet. */
export function newChartSpec(chartId: number | null = null): ChartSpec {
  return {
    chartId,
    type: 'COLUMN',
    ranges: [],
    options: {},
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
  };
}
