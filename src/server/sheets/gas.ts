// Short names of the Apps Script spreadsheet types used by the sheet adapters.
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type Properties = GoogleAppsScript.Properties.Properties;
