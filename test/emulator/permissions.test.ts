// Emulator identities and protections: the owner and editors, a new protection mirroring the
// spreadsheet until the script changes its editors, listed editors and domain editing after that,
// warning-only protections that never block, and refused writes and UI edits with the real text.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../scripts/emulator/index';

const OWNER = 'vanphong@example.gov.vn';
const MEMBER = 'tuphap@example.gov.vn';
const OTHER = 'noivu@example.gov.vn';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function setup(ownerEmail: string | null = OWNER) {
  const emu = createEmulator({ userEmail: OWNER, ownerEmail, editors: [MEMBER, OTHER] });
  const g = emu.globals as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    Session: GoogleAppsScript.Base.Session;
  };
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Nhiệm vụ');
  return { emu, ss, sheet, Session: g.Session };
}

describe('owner and editors', () => {
  it('tells the owner (null in a shared drive) and the editors', () => {
    const { ss } = setup();
    expect(ss.getOwner()?.getEmail()).toBe(OWNER);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([OWNER, MEMBER, OTHER]);
    expect(setup(null).ss.getOwner()).toBeNull();
  });
});

describe('protections', () => {
  it('mirror the spreadsheet until the editors change; then only the listed editors and the owner edit', () => {
    const { emu, sheet } = setup();
    const p = sheet.getRange('A1:B5').protect();
    emu.setUser(OTHER);
    expect(p.canEdit()).toBe(true);
    sheet.getRange('A1').setValue('vẫn sửa được');
    emu.setUser(OWNER);
    p.addEditor(MEMBER);
    p.removeEditors(p.getEditors().filter((u) => u.getEmail() !== MEMBER));
    if (p.canDomainEdit()) p.setDomainEdit(false);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([MEMBER]);
    emu.setUser(OTHER);
    expect(p.canEdit()).toBe(false);
    expect(() => sheet.getRange('B2').setValue('x')).toThrow(PROTECTED);
    expect(() => sheet.getRange('A1:C1').setBackground('#ff0000')).toThrow(PROTECTED);
    expect(() => emu.userEdit('Nhiệm vụ', 'B2', 'x')).toThrow(PROTECTED);
    expect(() => p.remove()).toThrow('You do not have permission');
    sheet.getRange('C1').setValue('ngoài vùng khoá');
    emu.setUser(MEMBER);
    sheet.getRange('B2').setValue('thành viên');
    emu.setUser(OWNER);
    expect(p.canEdit()).toBe(true);
  });

  it('lets everyone in the domain edit while domain editing is on', () => {
    const { emu, sheet } = setup();
    const p = sheet.getRange('A1').protect();
    p.addEditor(OWNER);
    emu.setUser(OTHER);
    expect(p.canEdit()).toBe(true); // not listed, but in the owner's domain with domain editing on
    emu.setUser('nguoi@example.com');
    expect(p.canEdit()).toBe(false);
  });

  it('warning-only protections never block', () => {
    const { emu, sheet } = setup();
    const p = sheet.getRange('A1').protect().setWarningOnly(true);
    p.removeEditors([MEMBER, OTHER]);
    emu.setUser(OTHER);
    expect(p.isWarningOnly()).toBe(true);
    sheet.getRange('A1').setValue('cảnh báo thôi');
    emu.userEdit('Nhiệm vụ', 'A1', 'gõ tay');
  });

  it('domain editing throws for a spreadsheet a consumer account owns', () => {
    const emu = createEmulator({ userEmail: 'ai@gmail.com' });
    const ss = (
      emu.globals as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
    ).SpreadsheetApp.getActiveSpreadsheet();
    const p = ss.getSheets()[0].getRange('A1').protect();
    expect(() => p.canDomainEdit()).toThrow();
    expect(() => p.setDomainEdit(false)).toThrow();
  });

  it('a sheet protection covers the sheet except its unprotected ranges', () => {
    const { emu, sheet } = setup();
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange('D1:D10')]);
    p.removeEditors([MEMBER, OTHER]);
    p.setDomainEdit(false);
    emu.setUser(MEMBER);
    sheet.getRange('D3').setValue('mở');
    expect(() => sheet.getRange('A1').setValue('khoá')).toThrow(PROTECTED);
  });
});
