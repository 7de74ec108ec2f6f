// Data validation and conditional format rules with their builders, kept as specifications.
import { isDate } from './dates';
import type { Ctx } from './context';
import { Counted } from './counter';
import { BooleanCriteria, DataValidationCriteria, type EnumMember } from './enums';
import { fail } from './errors';
import type { ConditionalRuleSpec, ValidationSpec } from './state';
import { Range } from './range';

function criteriaMember(name: string | null, e: Record<string, EnumMember>): EnumMember | null {
  return name ? e[name] : null;
}

/** Values a rule keeps: Ranges as boxes, Dates and numbers as is. */
function storeValue(v: unknown): unknown {
  if (v instanceof Range) return { $range: v._box() };
  return v;
}

function loadValue(ctx: Ctx, v: unknown): unknown {
  if (v && typeof v === 'object' && '$range' in (v as object)) {
    const b = (v as { $range: { sheetId: number; row: number; col: number; numRows: number; numCols: number } }).$range;
    return new Range(ctx, b.sheetId, b.row, b.col, b.numRows, b.numCols);
  }
  if (Array.isArray(v)) return v.map((x) => loadValue(ctx, x));
  return v;
}

/** A built rule. https://developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class DataValidation extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly spec: ValidationSpec,
  ) {
    super(ctx.counter, 'DataValidation');
  }

  /** @internal */
  _spec(): ValidationSpec {
    return this.spec;
  }

  getCriteriaType(): EnumMember | null {
    return criteriaMember(this.spec.criteria, DataValidationCriteria);
  }

  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => loadValue(this.ctx, v));
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getHelpText(): string | null {
    return this.spec.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, { ...this.spec, values: [...this.spec.values] });
  }
}

/** Rebuilds a DataValidation view from stored state. */
export function ruleFromSpec(ctx: Ctx, spec: ValidationSpec): DataValidation {
  return new DataValidation(ctx, { ...spec, values: [...spec.values] });
}

/**
 * Builder; a fresh one has criteria null, values [], help text null, allowInvalid true (facts D1).
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
export class DataValidationBuilder extends Counted {
  private spec: ValidationSpec;

  constructor(
    private readonly ctx: Ctx,
    spec?: ValidationSpec,
  ) {
    super(ctx.counter, 'DataValidationBuilder');
    this.spec = spec ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  private set(criteria: string, values: unknown[]): DataValidationBuilder {
    this.spec.criteria = criteria;
    this.spec.values = values.map(storeValue);
    return this;
  }

  build(): DataValidation {
    if (!this.spec.criteria) fail('You must specify a criteria type for the data validation rule.');
    return new DataValidation(this.ctx, { ...this.spec, values: [...this.spec.values] });
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, { ...this.spec, values: [...this.spec.values] });
  }
  getCriteriaType(): EnumMember | null {
    return criteriaMember(this.spec.criteria, DataValidationCriteria);
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => loadValue(this.ctx, v));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.spec.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.spec.helpText = helpText;
    return this;
  }
  /** Values are stringified; showDropdown defaults to true (facts D2). */
  requireValueInList(values: unknown[], showDropdown?: boolean): DataValidationBuilder {
    if (!Array.isArray(values))
      fail(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    return this.set('VALUE_IN_LIST', [values.map((v) => String(v)), showDropdown ?? true]);
  }
  requireValueInRange(range: Range, showDropdown?: boolean): DataValidationBuilder {
    return this.set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const vals =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', vals);
  }
  requireDate(): DataValidationBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): DataValidationBuilder {
    return this.set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): DataValidationBuilder {
    return this.set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this.set('DATE_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): DataValidationBuilder {
    return this.set('DATE_EQUAL_TO', [date]);
  }
  requireDateNotBetween(start: Date, end: Date): DataValidationBuilder {
    return this.set('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): DataValidationBuilder {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): DataValidationBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(text: string): DataValidationBuilder {
    return this.set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): DataValidationBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): DataValidationBuilder {
    return this.set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: unknown, args: unknown[]): DataValidationBuilder {
    return this.set(String(criteria), args);
  }
}

/** Checks a value typed by a user against a stored rule (used by Emulator.userEdit). */
export function validates(spec: ValidationSpec, value: unknown): boolean {
  const v = spec.values;
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return value === '' || (v[0] as string[]).includes(String(value));
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= (v[0] as number) && value <= (v[1] as number);
    case 'DATE_IS_VALID_DATE':
      return value === '' || isDate(value);
    case 'CHECKBOX':
      return v.length ? v.includes(value) : typeof value === 'boolean';
    case 'TEXT_IS_VALID_EMAIL':
      return value === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
    default:
      return true;
  }
}

/** BooleanCondition of a conditional format rule. */
export class BooleanCondition extends Counted {
  constructor(
    ctx: Ctx,
    private readonly spec: ConditionalRuleSpec,
  ) {
    super(ctx.counter, 'BooleanCondition');
  }
  getCriteriaType(): EnumMember | null {
    return criteriaMember(this.spec.criteria, BooleanCriteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getBackground(): string | null {
    return this.spec.background ?? null;
  }
  getFontColor(): string | null {
    return this.spec.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.spec.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.spec.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.spec.underline ?? null;
  }
}

/** A built conditional format rule. https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule */
export class ConditionalFormatRule extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly spec: ConditionalRuleSpec,
  ) {
    super(ctx.counter, 'ConditionalFormatRule');
  }
  /** @internal */
  _spec(): ConditionalRuleSpec {
    return this.spec;
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.spec.criteria ? new BooleanCondition(this.ctx, this.spec) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((b) => new Range(this.ctx, b.sheetId, b.row, b.col, b.numRows, b.numCols));
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, cloneRule(this.spec));
  }
}

/** Deep copy of a rule spec. */
export function cloneRule(spec: ConditionalRuleSpec): ConditionalRuleSpec {
  return { ...spec, values: [...spec.values], ranges: spec.ranges.map((b) => ({ ...b })) };
}

/**
 * Builder. https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 * Colours read back lower-case (facts C1).
 */
export class ConditionalFormatRuleBuilder extends Counted {
  private spec: ConditionalRuleSpec;

  constructor(
    private readonly ctx: Ctx,
    spec?: ConditionalRuleSpec,
  ) {
    super(ctx.counter, 'ConditionalFormatRuleBuilder');
    this.spec = spec ?? { criteria: null, values: [], ranges: [] };
  }

  private when(criteria: string, values: unknown[]): ConditionalFormatRuleBuilder {
    this.spec.criteria = criteria;
    this.spec.values = values;
    return this;
  }

  build(): ConditionalFormatRule {
    if (!this.spec.criteria) fail('Conditions must be set for a conditional format rule.');
    if (this.spec.ranges.length === 0) fail('Ranges must be set for a conditional format rule.');
    return new ConditionalFormatRule(this.ctx, cloneRule(this.spec));
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, cloneRule(this.spec));
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((b) => new Range(this.ctx, b.sheetId, b.row, b.col, b.numRows, b.numCols));
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.spec.criteria ? new BooleanCondition(this.ctx, this.spec) : null;
  }
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.spec.ranges = ranges.map((r) => r._box());
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.spec.background = color ? color.toLowerCase() : null;
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.spec.fontColor = color ? color.toLowerCase() : null;
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.spec.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    this.spec.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilder {
    this.spec.strikethrough = strikethrough;
    return this;
  }
  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilder {
    this.spec.underline = underline;
    return this;
  }
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(n: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(n: number): ConditionalFormatRuleBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenDateAfter(date: unknown): ConditionalFormatRuleBuilder {
    return this.when('DATE_AFTER', [date]);
  }
  whenDateBefore(date: unknown): ConditionalFormatRuleBuilder {
    return this.when('DATE_BEFORE', [date]);
  }
  whenDateEqualTo(date: unknown): ConditionalFormatRuleBuilder {
    return this.when('DATE_EQUAL_TO', [date]);
  }
}
