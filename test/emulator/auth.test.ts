// Emulator: what each authorization context may do (scopes, simple triggers, the user's identity).
import { describe, expect, it } from 'vitest';
import { AuthMode, createEmulator } from './index';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator(options);
  return { emu, g: emu.globals as unknown as G };
}

describe('scopes', () => {
  it('defaults to the manifest scopes: spreadsheets.currentonly cannot openById, even the bound file', () => {
    const { g } = setup();
    const id = g.SpreadsheetApp.getActiveSpreadsheet().getId();
    expect(() => g.SpreadsheetApp.openById(id)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => g.SpreadsheetApp.openByUrl(`https://docs.google.com/spreadsheets/d/${id}/edit`)).toThrow(/SpreadsheetApp.openByUrl/);
  });

  it('with the full spreadsheets scope openById works, but not in a simple trigger', () => {
    const { emu, g } = setup({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    const id = g.SpreadsheetApp.getActiveSpreadsheet().getId();
    expect(g.SpreadsheetApp.openById(id).getId()).toBe(id);
    emu.runAsSimpleTrigger(() => {
      expect(() => g.SpreadsheetApp.openById(id)).toThrow(/You do not have permission to call SpreadsheetApp.openById/);
    });
    emu.setAuthMode(AuthMode.NONE);
    expect(() => g.SpreadsheetApp.openById(id)).toThrow(/permission/);
  });
});
