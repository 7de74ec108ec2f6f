// Formats of a task sheet's data rows: number formats, wraps, alignment and dropdowns by
// column, and the add-on's colour rules, each in a constant number of calls. The rules are
// replaced inside the running transaction, so a failed write puts the previous rules back.
import {
  DATA_VERTICAL_ALIGNMENT,
  HEADER_STYLE,
  columnSpec,
  columnValidation,
  type ColumnKey,
  type ValidationSpec,
  type WrapKind,
} from '../../core/columns';
import { conditionalRules, type ConditionalRuleSpec } from '../../core/conditional-rules';
import type { Locale } from '../../core/messages/index';
import { fingerprint, RULES_KEY } from './metadata';
import { FIRST_DATA_ROW, HEADER_ROW } from './task-sheet';
import { currentTransaction } from './transaction';
import type { ConditionalFormatRule, DataValidation, Range, Sheet } from './gas';

/** The Sheets wrap strategy of a column's wrap kind. */
export function wrapStrategy(kind: WrapKind): GoogleAppsScript.Spreadsheet.WrapStrategy {
  return kind === 'wrap' ? SpreadsheetApp.WrapStrategy.WRAP : SpreadsheetApp.WrapStrategy.CLIP;
}

/** The header row's look on `range`: bold, grey band, wrapped, centred (five calls). */
export function styleHeader(range: Range): void {
  range.setFontWeight(HEADER_STYLE.fontWeight);
  range.setBackground(HEADER_STYLE.background);
  range.setWrapStrategy(wrapStrategy(HEADER_STYLE.wrap));
  range.setHorizontalAlignment(HEADER_STYLE.horizontalAlignment);
  range.setVerticalAlignment(HEADER_STYLE.verticalAlignment);
}

/**
 * Number formats, wrap strategies, alignment and dropdowns of a block of data rows: one call
 * per kind. Columns the add-on does not own keep Sheets' defaults (overflow).
 */
export function formatBlock(
  range: Range,
  columnOrder: readonly (ColumnKey | null)[],
  rowCount: number,
  locale: Locale,
): void {
  const formats = columnOrder.map((key) => (key ? columnSpec(key).numberFormat : 'General'));
  const wraps = columnOrder.map((key) =>
    key ? wrapStrategy(columnSpec(key).wrap) : SpreadsheetApp.WrapStrategy.OVERFLOW,
  );
  const rules = new Map<ColumnKey, DataValidation>();
  for (const key of columnOrder) {
    if (!key || rules.has(key)) continue;
    const spec = columnValidation(key, locale);
    if (spec) rules.set(key, buildValidation(spec));
  }
  const validations = columnOrder.map((key) => (key ? (rules.get(key) ?? null) : null));
  range.setNumberFormats(Array.from({ length: rowCount }, () => formats));
  range.setWrapStrategies(Array.from({ length: rowCount }, () => wraps));
  range.setVerticalAlignment(DATA_VERTICAL_ALIGNMENT);
  range.setDataValidations(Array.from({ length: rowCount }, () => validations));
}

function buildValidation(spec: ValidationSpec): DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (spec.kind === 'list') builder.requireValueInList(spec.values, true);
  else if (spec.kind === 'numberBetween') builder.requireNumberBetween(spec.min, spec.max);
  else builder.requireDate();
  builder.setAllowInvalid(false);
  if (spec.helpText) builder.setHelpText(spec.helpText);
  return builder.build();
}

/** The colour rules and their tag as they were, and the registered undo that puts them back. */
export interface SavedRules {
  tag: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
  tagValue: string;
  rules: ConditionalFormatRule[];
}

/**
 * Reads the sheet's colour rules and the add-on's rules tag, and registers with the running
 * transaction the undo that puts them back. Call it before a change that moves rows (inserted
 * rows are deleted first on undo, then the rules are restored with their old ranges).
 */
export function saveRules(sheet: Sheet): SavedRules {
  const tag = sheet.getDeveloperMetadata().find((md) => md.getKey() === RULES_KEY) ?? null;
  const saved: SavedRules = { tag, tagValue: tag?.getValue() ?? '', rules: sheet.getConditionalFormatRules() };
  currentTransaction()?.onUndo(() => {
    sheet.setConditionalFormatRules(saved.rules);
    if (saved.tag) saved.tag.setValue(saved.tagValue);
    else
      sheet
        .getDeveloperMetadata()
        .find((md) => md.getKey() === RULES_KEY)
        ?.remove();
  });
  return saved;
}

/**
 * Replaces the add-on's colour rules (recognised by the fingerprints it stored last time) with
 * rules for the sheet's current column order; the user's own rules are kept, ahead of ours.
 * Inside a transaction the previous rules and tag are put back if the operation fails.
 */
export function writeRules(
  sheet: Sheet,
  columnOrder: readonly (ColumnKey | null)[],
  maxRows: number,
  saved: SavedRules = saveRules(sheet),
): void {
  const specs = conditionalRules({ columnOrder, firstRow: FIRST_DATA_ROW });
  const ours = new Set(saved.tagValue.split(',').filter((f) => f !== ''));
  const kept = saved.rules.filter((rule) => !ours.has(ruleFingerprint(rule)));
  const range = sheet.getRange(FIRST_DATA_ROW, 1, maxRows - HEADER_ROW, columnOrder.length);
  const built = specs.map((spec) => buildRule(spec, range));
  sheet.setConditionalFormatRules([...kept, ...built]);
  const value = specs.map((spec) => fingerprint(spec.formula)).join(',');
  if (saved.tag) {
    if (value !== saved.tagValue) saved.tag.setValue(value);
  } else sheet.addDeveloperMetadata(RULES_KEY, value);
}

function ruleFingerprint(rule: ConditionalFormatRule): string {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return typeof values[0] === 'string' ? fingerprint(values[0]) : '';
}

function buildRule(spec: ConditionalRuleSpec, range: Range): ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(spec.formula)
    .setBackground(spec.background);
  if (spec.fontColor) builder.setFontColor(spec.fontColor);
  if (spec.strikethrough) builder.setStrikethrough(true);
  return builder.setRanges([range]).build();
}
