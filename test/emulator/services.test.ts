// Emulator services: properties, locks, triggers, Ui/HtmlService, Session/Utilities, mail, auth modes and call counting.
import { describe, expect, it } from 'vitest';
import { AuthMode, createEmulator } from '../../scripts/emulator/index';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  MailApp: GoogleAppsScript.Mail.MailApp;
};

function setup(options = {}) {
  const emu = createEmulator(options);
  return { emu, g: emu.globals as unknown as G };
}

describe('PropertiesService', () => {
  it('keeps document, script and per-user stores apart', () => {
    const { emu, g } = setup();
    g.PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    g.PropertiesService.getScriptProperties().setProperty('k', 'script');
    g.PropertiesService.getUserProperties().setProperty('k', 'vanphong');
    emu.setUser('phong.a@example.gov.vn');
    expect(g.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    g.PropertiesService.getUserProperties().setProperty('k', 'phong a');
    expect(g.PropertiesService.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(g.PropertiesService.getScriptProperties().getProperty('k')).toBe('script');
    emu.setUser('vanphong@example.gov.vn');
    expect(g.PropertiesService.getUserProperties().getProperty('k')).toBe('vanphong');
  });

  it('stores strings, returns copies, deletes, and enforces the 9 KB value limit', () => {
    const { g } = setup();
    const p = g.PropertiesService.getDocumentProperties();
    p.setProperty('n', 5 as unknown as string);
    expect(p.getProperty('n')).toBe('5');
    const all = p.getProperties();
    all.n = 'changed';
    expect(p.getProperty('n')).toBe('5');
    p.setProperties({ a: '1' }, true);
    expect(p.getKeys()).toEqual(['a']);
    p.deleteProperty('a');
    expect(p.getProperty('a')).toBeNull();
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });
});

describe('LockService', () => {
  it('tryLock/waitLock/releaseLock/hasLock follow the reference', () => {
    const { g } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(-100)).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock();
  });

  it('waitLock times out with the real text while another execution holds the lock', () => {
    const { emu, g } = setup();
    const release = emu.holdLock('document');
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    release();
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    // A second execution's lock object does not share the hold.
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(false);
    // The script lock is a different lock.
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  it('creates a daily trigger with the real getters', () => {
    const { g } = setup();
    const t = g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
    expect(t.getHandlerFunction()).toBe('dailyCheck');
    expect(String(t.getEventType())).toBe('CLOCK');
    expect(t.getEventType()).toBe(g.ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSourceId()).toBeNull();
    expect(typeof t.getUniqueId()).toBe('string');
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('enforces one trigger of each type per user per document, and at most hourly', () => {
    const { emu, g } = setup();
    g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
    expect(() => g.ScriptApp.newTrigger('other').timeBased().everyHours(1).create()).toThrow(
      /one trigger of each type/,
    );
    expect(() => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(30).create()).toThrow(
      /more often than once per hour/,
    );
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    g.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(ss).onEdit().create();
    expect(() => g.ScriptApp.newTrigger('again').forSpreadsheet(ss).onEdit().create()).toThrow(
      /one trigger of each type/,
    );
    // Another user may have their own.
    emu.setUser('phong.b@example.gov.vn');
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
    g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
    expect(g.ScriptApp.getUserTriggers(ss)).toHaveLength(1);
    g.ScriptApp.deleteTrigger(g.ScriptApp.getProjectTriggers()[0]);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(emu.triggers()).toHaveLength(2);
  });

  it('keeps add-on triggers per document: the same user may have a daily trigger in each spreadsheet', () => {
    const { emu, g } = setup();
    const first = g.SpreadsheetApp.getActiveSpreadsheet().getId();
    g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
    g.PropertiesService.getDocumentProperties().setProperty('k', 'first');

    const second = emu.openSpreadsheet('Kế hoạch 2024');
    expect(second).not.toBe(first);
    const ss2 = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss2.getId()).toBe(second);
    expect(ss2.getName()).toBe('Kế hoạch 2024');
    expect(g.PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
    // getProjectTriggers sees the user's triggers in every document; getUserTriggers only this one's.
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(g.ScriptApp.getUserTriggers(ss2)).toHaveLength(0);
    g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
    expect(() => g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create()).toThrow(
      /one trigger of each type/,
    );
    expect(g.ScriptApp.getUserTriggers(ss2)).toHaveLength(1);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(2);
    g.ScriptApp.deleteTrigger(g.ScriptApp.getUserTriggers(ss2)[0]);

    emu.activateSpreadsheet(first);
    const ss1 = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss1.getId()).toBe(first);
    expect(g.PropertiesService.getDocumentProperties().getProperty('k')).toBe('first');
    expect(g.ScriptApp.getUserTriggers(ss1)).toHaveLength(1);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('enums stringify to their names', () => {
    const { g } = setup();
    expect(String(g.ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(JSON.stringify({ m: g.ScriptApp.AuthMode.NONE })).toBe('{"m":"NONE"}');
  });
});

describe('Ui and HtmlService', () => {
  it('records menus and sidebars; missing HTML files throw the real text', () => {
    const { emu, g } = setup({ files: { sidebar: '<p>Theo dõi</p>' } });
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Mở Theo dõi kế hoạch', 'showSidebar')
      .addSeparator()
      .addItem('Kiểm tra quá hạn', 'checkOverdue')
      .addToUi();
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Theo dõi kế hoạch').setWidth(300));
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    expect(emu.ui().menus).toEqual([
      {
        kind: 'addon',
        title: '',
        items: [
          { caption: 'Mở Theo dõi kế hoạch', functionName: 'showSidebar' },
          { separator: true },
          { caption: 'Kiểm tra quá hạn', functionName: 'checkOverdue' },
        ],
      },
    ]);
    expect(emu.ui().sidebars[0]).toMatchObject({ title: 'Theo dõi kế hoạch', html: '<p>Theo dõi</p>' });
    expect(emu.ui().alerts).toEqual(['Xong']);
    expect(() => g.HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });

  it('templates evaluate scriptlets with escaping', () => {
    const { g } = setup();
    const t = g.HtmlService.createTemplate('Hello <?= name ?> <?!= raw ?>');
    (t as unknown as Record<string, unknown>).name = '<b>';
    (t as unknown as Record<string, unknown>).raw = '<i>';
    expect(t.evaluate().getContent()).toBe('Hello &lt;b&gt; <i>');
  });

  it('AuthMode.NONE allows the menu only; simple triggers cannot open sidebars or send mail', () => {
    const { emu, g } = setup();
    emu.setAuthMode(AuthMode.NONE);
    g.SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'showSidebar').addToUi();
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/permission/);
    emu.setAuthMode('FULL');
    emu.runAsSimpleTrigger(() => {
      expect(() => g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput('x'))).toThrow(/permission/);
      expect(() => g.MailApp.sendEmail('a@b.vn', 's', 'b')).toThrow(/permission/);
      g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('ok');
    });
  });
});

describe('Session and Utilities', () => {
  it('reports the acting user, locale and time zone', () => {
    const { emu, g } = setup();
    expect(g.Session.getActiveUser().getEmail()).toBe('vanphong@example.gov.vn');
    expect(g.Session.getActiveUserLocale()).toBe('vi');
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    emu.setUser('staff@example.gov.vn', 'en');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('staff@example.gov.vn');
    expect(g.Session.getActiveUserLocale()).toBe('en');
  });

  it('formatDate uses Java patterns in the given zone', () => {
    const { g } = setup();
    const d = new Date(Date.UTC(2023, 0, 1, 12));
    expect(g.Utilities.formatDate(d, 'GMT', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-01-01 12:00:00');
    expect(g.Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-01-01 07:00:00');
    expect(g.Utilities.formatDate(new Date('2023-05-09T17:30:00Z'), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe(
      '10/05/2023',
    );
    expect(g.Utilities.formatDate(d, 'GMT', "yyyy-MM-dd'T'HH:mm:ss'Z' EEE MMMM hh a")).toBe(
      '2023-01-01T12:00:00Z Sun January 12 PM',
    );
    expect(() => g.Utilities.formatDate(d, 'GMT', 'yyyy-MM-dd qq')).toThrow("Illegal pattern character 'q'");
    expect(() => g.Utilities.formatDate(d, undefined as unknown as string, 'yyyy')).toThrow(
      'Invalid argument: timeZone. Should be of type: String',
    );
  });

  it('sleep is counted, not waited', () => {
    const { emu, g } = setup();
    g.Utilities.sleep(10_000);
    expect(emu.sleeps()).toBe(1);
  });
});

describe('MailApp', () => {
  it('records both signatures and spends the quota', () => {
    const { emu, g } = setup();
    const before = g.MailApp.getRemainingDailyQuota();
    g.MailApp.sendEmail('phong.a@example.gov.vn', 'Nhắc việc', 'Có 2 nhiệm vụ quá hạn');
    g.MailApp.sendEmail({ to: 'phong.b@example.gov.vn', subject: 'Nhắc việc', body: 'x', htmlBody: '<b>x</b>' });
    expect(emu.mail()).toEqual([
      expect.objectContaining({ to: 'phong.a@example.gov.vn', subject: 'Nhắc việc', body: 'Có 2 nhiệm vụ quá hạn' }),
      expect.objectContaining({ to: 'phong.b@example.gov.vn', htmlBody: '<b>x</b>' }),
    ]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(before - 2);
  });

  it('counts every recipient against the quota and refuses a mail that does not fit', () => {
    const { emu, g } = setup();
    emu.setMailQuota(2);
    expect(() => g.MailApp.sendEmail('a@example.gov.vn,b@example.gov.vn,c@example.gov.vn', 's', 'b')).toThrow(
      /too many times for one day: email/,
    );
    expect(emu.mail()).toHaveLength(0);
    g.MailApp.sendEmail('a@example.gov.vn,b@example.gov.vn', 's', 'b');
    expect(g.MailApp.getRemainingDailyQuota()).toBe(0);
  });
});

describe('call counting', () => {
  it('counts every service call by Class.method, and only calls made by the script', () => {
    const { emu, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange(1, 1, 100, 26).setBackgrounds(Array.from({ length: 100 }, () => Array(26).fill('#ffffff')));
    sheet.getRange('A1').setValue(1).setFontWeight('bold');
    sheet.getDataRange().getValues();
    expect(emu.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 2,
      'Range.setBackgrounds': 1,
      'Range.setValue': 1,
      'Range.setFontWeight': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
    expect(emu.calls.total()).toBe(9);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
  });

  it('counts calls on documents, properties and builders too', () => {
    const { emu, g } = setup();
    const DocumentApp = emu.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    DocumentApp.create('r').getBody().appendParagraph('x').editAsText().setBold(true);
    g.PropertiesService.getUserProperties().getProperty('k');
    g.SpreadsheetApp.newDataValidation().requireDate().build();
    const m = emu.calls.byMethod();
    expect(m['DocumentApp.create']).toBe(1);
    expect(m['Document.getBody']).toBe(1);
    expect(m['Body.appendParagraph']).toBe(1);
    expect(m['Properties.getProperty']).toBe(1);
    expect(m['DataValidationBuilder.requireDate']).toBe(1);
  });

  it('install puts the globals on a target and removes them', () => {
    const { emu } = setup();
    const target: Record<string, unknown> = {};
    const remove = emu.install(target);
    expect(target.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
    remove();
    expect('SpreadsheetApp' in target).toBe(false);
  });
});

describe('node:vm realm', () => {
  it('dates cross into and out of a vm context as Dates of that realm', async () => {
    const vm = await import('node:vm');
    const { emu } = setup();
    const context = vm.createContext({});
    emu.install(context);
    const result = vm.runInContext(
      `const sh = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
       sh.getRange('A1').setValue(new Date(Date.UTC(2023, 4, 9, 17)));
       const v = sh.getRange('A1').getValue();
       [v instanceof Date, v.toISOString(), sh.getRange('A1').getDisplayValue()]`,
      context,
    );
    expect(result).toEqual([true, '2023-05-09T17:00:00.000Z', '10/05/2023']);
  });
});
