// Emulator: what each authorization context may do (scopes, simple triggers, the user's identity).
import { describe, expect, it } from 'vitest';
import { AuthMode, createEmulator } from '../../scripts/emulator/index';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Session: GoogleAppsScript.Base.Session;
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
    expect(() => g.SpreadsheetApp.openByUrl(`https://docs.google.com/spreadsheets/d/${id}/edit`)).toThrow(
      /SpreadsheetApp.openByUrl/,
    );
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

describe('the user in simple triggers', () => {
  it("getActiveUser().getEmail() is '' in a simple trigger for a user outside the developer's domain", () => {
    const { emu, g } = setup();
    expect(g.Session.getActiveUser().getEmail()).toBe('vanphong@example.gov.vn');
    emu.runAsSimpleTrigger(() => expect(g.Session.getActiveUser().getEmail()).toBe(''));
    emu.setAuthMode(AuthMode.NONE);
    expect(g.Session.getActiveUser().getEmail()).toBe('');
  });

  it('the same domain as the developer sees the e-mail in simple triggers', () => {
    const { emu, g } = setup({ sameDomainAsDeveloper: true });
    emu.runAsSimpleTrigger(() => expect(g.Session.getActiveUser().getEmail()).toBe('vanphong@example.gov.vn'));
  });

  it("the onEdit event's user is blank outside the developer's domain", () => {
    const { emu } = setup();
    const e = emu.userEdit(emu.workbook().sheets[0].name, 'A1', 'x') as { user: { getEmail(): string } };
    expect(e.user.getEmail()).toBe('');
    const same = setup({ sameDomainAsDeveloper: true }).emu;
    const e2 = same.userEdit(same.workbook().sheets[0].name, 'A1', 'x') as { user: { getEmail(): string } };
    expect(e2.user.getEmail()).toBe('vanphong@example.gov.vn');
  });
});
