// PropertiesService, LockService, Session, Utilities, ScriptApp (triggers), MailApp, Logger and Charts.
import { makeBlob, type Blob } from './charts';
import { requireAuth, requireFull, type Ctx } from './context';
import { Counted } from './counter';
import { formatJavaDate, fromWallTime, isValidTimeZone, isDate } from './dates';
import { AuthMode, ChartType, EventType, TriggerSource, WeekDay, enumMember, type EnumMember } from './enums';
import { fail } from './errors';
import type { TriggerState } from './state';

// ------------------------------------------------------------------ PropertiesService

/** Limits from the quotas page: 9 KB per value, 500 KB per store (facts PR5). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
const QUOTA_TEXT = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Properties. https://developers.google.com/apps-script/reference/properties/properties */
export class Properties extends Counted {
  constructor(
    ctx: Ctx,
    private readonly store: () => Record<string, string>,
  ) {
    super(ctx.counter, 'Properties');
  }

  private check(next: Record<string, string>): void {
    let total = 0;
    for (const [k, v] of Object.entries(next)) {
      const size = Buffer.byteLength(k) + Buffer.byteLength(v);
      if (Buffer.byteLength(v) > PROPERTY_VALUE_LIMIT) fail(QUOTA_TEXT);
      total += size;
    }
    if (total > PROPERTY_STORE_LIMIT) fail(QUOTA_TEXT);
  }

  /** null when missing (facts PR3). */
  getProperty(key: string): string | null {
    return Object.hasOwn(this.store(), key) ? this.store()[key] : null;
  }
  /** A copy, not a live view (facts PR4). */
  getProperties(): Record<string, string> {
    return { ...this.store() };
  }
  getKeys(): string[] {
    return Object.keys(this.store());
  }
  /** Values are stored as strings (facts PR2). */
  setProperty(key: string, value: unknown): Properties {
    if (typeof key !== 'string')
      fail("The parameters don't match the method signature for PropertiesService.Properties.setProperty.");
    const next = { ...this.store(), [key]: String(value) };
    this.check(next);
    Object.assign(this.store(), next);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): Properties {
    const base = deleteAllOthers ? {} : { ...this.store() };
    const next: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this.check(next);
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    Object.assign(s, next);
    return this;
  }
  deleteProperty(key: string): Properties {
    delete this.store()[key];
    return this;
  }
  deleteAllProperties(): Properties {
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    return this;
  }
}

/** PropertiesService: document, script and per-user stores kept apart (facts PR1). */
export class PropertiesService extends Counted {
  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'PropertiesService');
  }
  getDocumentProperties(): Properties {
    requireAuth(this.ctx, 'PropertiesService.getDocumentProperties');
    return new Properties(this.ctx, () => this.ctx.state.properties.document);
  }
  getScriptProperties(): Properties {
    requireAuth(this.ctx, 'PropertiesService.getScriptProperties');
    return new Properties(this.ctx, () => this.ctx.state.properties.script);
  }
  /** The store of the user acting when the call is made. */
  getUserProperties(): Properties {
    requireAuth(this.ctx, 'PropertiesService.getUserProperties');
    const email = this.ctx.state.user.email;
    return new Properties(this.ctx, () => (this.ctx.state.properties.user[email] ??= {}));
  }
}

// ------------------------------------------------------------------ LockService

let lockSerial = 0;

/** Lock. https://developers.google.com/apps-script/reference/lock/lock */
export class Lock extends Counted {
  private readonly token = `self:${++lockSerial}`;

  constructor(
    private readonly ctx: Ctx,
    private readonly kind: string,
  ) {
    super(ctx.counter, 'Lock');
  }

  /**
   * true when acquired or already held; a negative timeout gives false (facts L3). A lock held
   * by another execution makes the call wait, on a simulated clock: it succeeds if the other
   * execution lets go within the timeout, otherwise it gives up after the whole timeout.
   * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
   */
  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number')
      fail("The parameters don't match the method signature for LockService.Lock.tryLock.");
    if (timeoutInMillis < 0) return false;
    const locks = this.ctx.locks;
    const holder = locks.holders.get(this.kind);
    if (holder === this.token) return true;
    if (holder !== undefined) {
      const releaseAt = locks.releaseAt.get(this.kind) ?? Infinity;
      if (releaseAt > locks.waitedMs + timeoutInMillis) {
        locks.waitedMs += timeoutInMillis;
        return false;
      }
      locks.waitedMs = Math.max(locks.waitedMs, releaseAt);
      locks.releaseAt.delete(this.kind);
    }
    locks.holders.set(this.kind, this.token);
    return true;
  }
  /**
   * Throws the real text when the lock cannot be had in time (facts L4).
   * https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
   */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) fail('Lock timeout: another process was holding the lock for too long.');
  }
  /** No effect when not held (facts L5). */
  releaseLock(): void {
    if (this.ctx.locks.holders.get(this.kind) === this.token) this.ctx.locks.holders.delete(this.kind);
  }
  hasLock(): boolean {
    return this.ctx.locks.holders.get(this.kind) === this.token;
  }
}

/** LockService. https://developers.google.com/apps-script/reference/lock/lock-service */
export class LockService extends Counted {
  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'LockService');
  }
  /**
   * A lock on the containing document; null "if this method is called outside of the context of
   * a containing document" (facts L1). https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  getDocumentLock(): Lock | null {
    requireAuth(this.ctx, 'LockService.getDocumentLock');
    if (!this.ctx.locks.inDocument) return null;
    return new Lock(this.ctx, `document:${this.ctx.state.spreadsheet.id}`);
  }
  getScriptLock(): Lock {
    requireAuth(this.ctx, 'LockService.getScriptLock');
    return new Lock(this.ctx, 'script');
  }
  getUserLock(): Lock {
    requireAuth(this.ctx, 'LockService.getUserLock');
    return new Lock(this.ctx, `user:${this.ctx.state.user.email}`);
  }
}

// ------------------------------------------------------------------ Session

/** User. https://developers.google.com/apps-script/reference/base/user */
export class User extends Counted {
  constructor(
    ctx: Ctx,
    private readonly email: string,
  ) {
    super(ctx.counter, 'User');
  }
  getEmail(): string {
    return this.email;
  }
  override toString(): string {
    return this.email;
  }
}

/** Session. https://developers.google.com/apps-script/reference/base/session */
export class Session extends Counted {
  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'Session');
  }
  /**
   * '' in AuthMode.NONE and, unless the user is in the developer's domain, in simple triggers:
   * "not available in any context that allows a script to run without that user's
   * authorization, like a simple onOpen(e) or onEdit(e) trigger" (facts U5).
   * https://developers.google.com/apps-script/reference/base/user#getEmail()
   */
  getActiveUser(): User {
    const hidden =
      this.ctx.authMode === AuthMode.NONE ||
      ((this.ctx.simpleTrigger || this.ctx.authMode === AuthMode.LIMITED) && !this.ctx.sameDomain);
    return new User(this.ctx, hidden ? '' : this.ctx.state.user.email);
  }
  getEffectiveUser(): User {
    return new User(this.ctx, this.ctx.authMode === AuthMode.NONE ? '' : this.ctx.state.user.email);
  }
  getActiveUserLocale(): string {
    return this.ctx.state.user.locale;
  }
  getScriptTimeZone(): string {
    return this.ctx.state.spreadsheet.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.ctx.state.user.email).toString('base64');
  }
}

// ------------------------------------------------------------------ Utilities

/** Utilities. https://developers.google.com/apps-script/reference/utilities/utilities */
export class Utilities extends Counted {
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };
  readonly DigestAlgorithm = { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256' };

  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'Utilities');
  }
  /** Java SimpleDateFormat in the given zone (facts U1, U2). */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) fail("The parameters don't match the method signature for Utilities.formatDate.");
    if (typeof timeZone !== 'string') fail('Invalid argument: timeZone. Should be of type: String');
    if (typeof format !== 'string') fail('Invalid argument: format. Should be of type: String');
    const tz = isValidTimeZone(timeZone) ? timeZone : 'UTC'; // Java falls back to GMT for unknown ids
    return formatJavaDate(date, tz, format);
  }
  /** %s %d %f and friends (facts U3). */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%(-?\d*)(?:\.(\d+))?([sdfx%])/g, (_m, _w, prec, type) => {
      if (type === '%') return '%';
      const a = args[i++];
      if (type === 'd') return String(Math.trunc(Number(a)));
      if (type === 'f') return Number(a).toFixed(prec === undefined ? 6 : Number(prec));
      if (type === 'x') return Math.trunc(Number(a)).toString(16);
      return String(a);
    });
  }
  /** Parses yyyy MM dd HH mm ss patterns; anything that does not fit throws (facts U2). */
  parseDate(date: string, timeZone: string, format: string): Date {
    const fields: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0 };
    const order: string[] = [];
    const re = format.replace(/(yyyy|yy|MM|M|dd|d|HH|H|mm|m|ss|s)|([.*+?^${}()|[\]\\])/g, (_token, field, special) => {
      if (special) return '\\' + special;
      order.push(field[0]);
      return field.length === 4 ? '(\\d{4})' : '(\\d{1,2})';
    });
    const m = new RegExp(`^${re}$`).exec(date);
    if (!m) fail(`Unparseable date: "${date}"`);
    order.forEach((f, i) => (fields[f] = Number(m[i + 1])));
    const d = fromWallTime(
      isValidTimeZone(timeZone) ? timeZone : 'UTC',
      fields.y,
      fields.M,
      fields.d,
      fields.H,
      fields.m,
      fields.s,
    );
    return this.ctx.newDate(d.getTime());
  }
  newBlob(data: string | number[] | Uint8Array, contentType?: string, name?: string): Blob {
    return makeBlob(this.ctx, data, contentType ?? null, name ?? null);
  }
  /** Counted, never waits. */
  sleep(milliseconds: number): void {
    void milliseconds;
    this.ctx.state.sleeps++;
  }
  getUuid(): string {
    return globalThis.crypto.randomUUID();
  }
  base64Encode(data: string | number[]): string {
    return Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data, (b) => b & 0xff)).toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return Array.from(Buffer.from(encoded, 'base64'), (b) => (b << 24) >> 24);
  }
  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const ch = csv[i];
      if (quoted) {
        if (ch === '"' && csv[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) {
        row.push(cell);
        cell = '';
      } else if (ch === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
      } else if (ch !== '\r') cell += ch;
    }
    row.push(cell);
    rows.push(row);
    return rows;
  }
}

// ------------------------------------------------------------------ ScriptApp

/** Limit of triggers per user per script (facts T4). */
export const MAX_TRIGGERS = 20;

/** Trigger. https://developers.google.com/apps-script/reference/script/trigger */
export class Trigger extends Counted {
  constructor(
    ctx: Ctx,
    private readonly t: TriggerState,
  ) {
    super(ctx.counter, 'Trigger');
  }
  getHandlerFunction(): string {
    return this.t.handler;
  }
  getUniqueId(): string {
    return this.t.id;
  }
  getEventType(): EnumMember {
    return enumMember('EventType', this.t.eventType);
  }
  getTriggerSource(): EnumMember {
    return enumMember('TriggerSource', this.t.source);
  }
  /** null for clock triggers (facts T1). */
  getTriggerSourceId(): string | null {
    return this.t.sourceId;
  }
}

type Schedule = Record<string, unknown>;

/**
 * Saves a trigger after the add-on checks: "Each add-on can only have one trigger of each type,
 * per user, per document" and time-driven ones run at most hourly (facts T4).
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
function saveTrigger(ctx: Ctx, t: Omit<TriggerState, 'id' | 'user' | 'documentId'>): Trigger {
  const mine = ctx.state.triggers.filter((x) => x.user === ctx.state.user.email);
  if (mine.length >= MAX_TRIGGERS)
    fail('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  const documentId = ctx.state.spreadsheet.id;
  if (mine.some((x) => x.eventType === t.eventType && triggerDocument(ctx, x) === documentId)) {
    fail(
      `This add-on has already created a ${t.eventType === 'CLOCK' ? 'time-based' : t.eventType} trigger for this document for this Google user account. Add-ons can only create one trigger of each type per document per user.`,
    );
  }
  const state: TriggerState = {
    ...t,
    id: String(1_000_000 + ctx.state.triggers.length + Math.floor(Math.random() * 1e6)),
    user: ctx.state.user.email,
    documentId,
  };
  ctx.state.triggers.push(state);
  return new Trigger(ctx, state);
}

/**
 * The document an add-on trigger belongs to: the one it was created in (a clock trigger's
 * getTriggerSourceId() is still null, facts T1). States saved before documents were told apart
 * put every trigger in the first spreadsheet.
 */
function triggerDocument(ctx: Ctx, t: TriggerState): string {
  return t.documentId ?? t.sourceId ?? ctx.state.spreadsheet.id;
}

/** ClockTriggerBuilder. https://developers.google.com/apps-script/reference/script/clock-trigger-builder */
export class ClockTriggerBuilder extends Counted {
  private schedule: Schedule = {};
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
  ) {
    super(ctx.counter, 'ClockTriggerBuilder');
  }
  /** "n must be 1, 5, 10, 15 or 30" (facts T2); add-ons may not run more than hourly. */
  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) fail('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this.schedule.everyMinutes = n;
    return this;
  }
  everyHours(n: number): ClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n)) fail('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.schedule.everyHours = n;
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    this.schedule.everyDays = n;
    return this;
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    this.schedule.everyWeeks = n;
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    if (hour < 0 || hour > 23) fail('Invalid argument: hour');
    this.schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    this.schedule.nearMinute = minute;
    return this;
  }
  onWeekDay(day: unknown): ClockTriggerBuilder {
    this.schedule.onWeekDay = String(day);
    return this;
  }
  onMonthDay(day: number): ClockTriggerBuilder {
    this.schedule.onMonthDay = day;
    return this;
  }
  at(date: Date): ClockTriggerBuilder {
    this.schedule.at = date.toISOString();
    return this;
  }
  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.schedule.after = durationMilliseconds;
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    this.schedule.timezone = timezone;
    return this;
  }
  create(): Trigger {
    const s = this.schedule;
    if (s.everyMinutes !== undefined)
      fail('Add-ons cannot create time-based triggers that run more often than once per hour.');
    if (s.atHour !== undefined && s.everyDays === undefined && s.everyWeeks === undefined) {
      fail('Invalid argument: atHour must be used with everyDays or everyWeeks.');
    }
    if (
      s.everyHours === undefined &&
      s.everyDays === undefined &&
      s.everyWeeks === undefined &&
      s.at === undefined &&
      s.after === undefined &&
      s.onMonthDay === undefined
    ) {
      fail('Missing schedule for the time-based trigger.');
    }
    return saveTrigger(this.ctx, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...s },
    });
  }
}

/** SpreadsheetTriggerBuilder. */
export class SpreadsheetTriggerBuilder extends Counted {
  private event: string | null = null;
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {
    super(ctx.counter, 'SpreadsheetTriggerBuilder');
  }
  onOpen(): SpreadsheetTriggerBuilder {
    this.event = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this.event = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this.event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this.event) fail('Missing event type for the spreadsheet trigger.');
    return saveTrigger(this.ctx, {
      handler: this.handler,
      eventType: this.event,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
    });
  }
}

/** TriggerBuilder. */
export class TriggerBuilder extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
  ) {
    super(ctx.counter, 'TriggerBuilder');
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.ctx, this.handler);
  }
  forSpreadsheet(sheet: string | { getId(): string }): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return new SpreadsheetTriggerBuilder(this.ctx, this.handler, id);
  }
}

/** ScriptApp. https://developers.google.com/apps-script/reference/script/script-app */
export class ScriptApp extends Counted {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };

  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'ScriptApp');
  }
  /** Needs full authorization: simple triggers cannot create triggers. */
  newTrigger(functionName: string): TriggerBuilder {
    requireFull(this.ctx, 'ScriptApp.newTrigger');
    if (typeof functionName !== 'string' || !functionName) fail('Invalid argument: functionName');
    return new TriggerBuilder(this.ctx, functionName);
  }
  /**
   * This user's triggers in this project, in every document (facts T3): "all installable
   * triggers associated with the current project and current user".
   * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
   */
  getProjectTriggers(): Trigger[] {
    requireAuth(this.ctx, 'ScriptApp.getProjectTriggers');
    return this.ctx.state.triggers
      .filter((t) => t.user === this.ctx.state.user.email)
      .map((t) => new Trigger(this.ctx, t));
  }
  /**
   * This user's triggers in the given file, for this script or add-on only (facts T3); a clock
   * trigger an add-on made in a document belongs to that document (facts T4).
   * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
   */
  getUserTriggers(document: { getId(): string }): Trigger[] {
    requireAuth(this.ctx, 'ScriptApp.getUserTriggers');
    const id = document.getId();
    return this.ctx.state.triggers
      .filter((t) => t.user === this.ctx.state.user.email && triggerDocument(this.ctx, t) === id)
      .map((t) => new Trigger(this.ctx, t));
  }
  deleteTrigger(trigger: Trigger): void {
    requireAuth(this.ctx, 'ScriptApp.deleteTrigger');
    const id = trigger.getUniqueId();
    const at = this.ctx.state.triggers.findIndex((t) => t.id === id);
    if (at >= 0) this.ctx.state.triggers.splice(at, 1);
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
  getOAuthToken(): string {
    requireAuth(this.ctx, 'ScriptApp.getOAuthToken');
    return 'emulated-oauth-token';
  }
  getService(): { getUrl(): string } {
    return { getUrl: () => 'https://script.google.com/macros/s/emulated/exec' };
  }
  getAuthorizationInfo(): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null } {
    return { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null };
  }
}

// ------------------------------------------------------------------ MailApp

/** Daily quota for consumer accounts (recipients per day). */
export const MAIL_DAILY_QUOTA = 100;

interface MailOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

/** MailApp. https://developers.google.com/apps-script/reference/mail/mail-app */
export class MailApp extends Counted {
  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'MailApp');
  }
  /**
   * sendEmail(message) or sendEmail(recipient, subject, body[, options]). Simple triggers may not
   * send mail. Each recipient uses one unit of the daily quota.
   */
  sendEmail(a: string | MailOptions, subject?: string, body?: string, options?: MailOptions): void {
    requireFull(this.ctx, 'MailApp.sendEmail');
    const m: MailOptions = typeof a === 'string' ? { ...(options ?? {}), to: a, subject, body } : { ...a };
    if (!m.to) fail('Failed to send email: no recipient');
    if (m.subject === undefined || m.subject === null) fail('Invalid argument: subject');
    const recipients = [m.to, m.cc, m.bcc]
      .filter(Boolean)
      .join(',')
      .split(',')
      .filter((s) => s.trim()).length;
    if (this.ctx.state.mailQuota < recipients) fail('Service invoked too many times for one day: email.');
    this.ctx.state.mailQuota -= recipients;
    this.ctx.state.mail.push({
      to: m.to,
      subject: String(m.subject),
      body: String(m.body ?? ''),
      ...(m.htmlBody !== undefined ? { htmlBody: m.htmlBody } : {}),
      ...(m.cc ? { cc: m.cc } : {}),
      ...(m.bcc ? { bcc: m.bcc } : {}),
      ...(m.name ? { name: m.name } : {}),
      ...(m.replyTo ? { replyTo: m.replyTo } : {}),
      ...(m.attachments ? { attachments: m.attachments.length } : {}),
      from: this.ctx.state.user.email,
    });
  }
  getRemainingDailyQuota(): number {
    requireAuth(this.ctx, 'MailApp.getRemainingDailyQuota');
    return this.ctx.state.mailQuota;
  }
}

// ------------------------------------------------------------------ Logger, Charts

/** Logger: lines kept in state.logs. */
export class Logger extends Counted {
  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'Logger');
  }
  log(format: unknown, ...values: unknown[]): Logger {
    let text = typeof format === 'string' ? format : JSON.stringify(format);
    if (values.length) {
      let i = 0;
      text = text.replace(/%s/g, () => String(values[i++]));
    }
    this.ctx.state.logs.push(text);
    return this;
  }
  getLog(): string {
    return this.ctx.state.logs.join('\n');
  }
  clear(): void {
    this.ctx.state.logs.length = 0;
  }
}

/** Charts: only the enums the add-on needs. */
export class Charts extends Counted {
  readonly ChartType = ChartType;
  readonly Position = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' };
  readonly Orientation = { HORIZONTAL: 'HORIZONTAL', VERTICAL: 'VERTICAL' };
  readonly ChartHiddenDimensionStrategy = {
    IGNORE_BOTH: 'IGNORE_BOTH',
    IGNORE_ROWS: 'IGNORE_ROWS',
    IGNORE_COLUMNS: 'IGNORE_COLUMNS',
    SHOW_BOTH: 'SHOW_BOTH',
  };
  readonly ChartMergeStrategy = { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' };
  constructor(ctx: Ctx) {
    super(ctx.counter, 'Charts');
  }
}
