// Ui (menus, sidebars, dialogs, alerts) and HtmlService (HtmlOutput, HtmlTemplate), all recorded.
import { makeBlob, type Blob } from './charts';
import { requireFull, type Ctx } from './context';
import { Counted } from './counter';
import { Button, ButtonSet, type EnumMember } from './enums';
import { fail } from './errors';
import type { MenuRecord } from './state';

/** Menu. https://developers.google.com/apps-script/reference/base/menu */
export class Menu extends Counted {
  /** @internal */
  readonly _record: MenuRecord;

  constructor(
    private readonly ctx: Ctx,
    kind: 'addon' | 'menu',
    title: string,
  ) {
    super(ctx.counter, 'Menu');
    this._record = { kind, title, items: [] };
  }

  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      fail("The parameters don't match the method signature for Ui.Menu.addItem.");
    }
    this._record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this._record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this._record.items.push({ subMenu: menu._record });
    return this;
  }
  /** Recorded in ui().menus; adding the same menu again replaces it. */
  addToUi(): void {
    const menus = this.ctx.state.ui.menus;
    const i = menus.findIndex((m) => m.kind === this._record.kind && m.title === this._record.title);
    const copy = JSON.parse(JSON.stringify(this._record)) as MenuRecord;
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

/** The answer to a prompt. */
export class PromptResponse extends Counted {
  constructor(
    ctx: Ctx,
    private readonly text: string,
    private readonly button: EnumMember,
  ) {
    super(ctx.counter, 'PromptResponse');
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): EnumMember {
    return this.button;
  }
}

/** Answers queued by tests for alert()/prompt(); default OK and ''. */
export const uiAnswers = new WeakMap<Ctx, { buttons: EnumMember[]; texts: string[] }>();

/** Ui. https://developers.google.com/apps-script/reference/base/ui */
export class Ui extends Counted {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'Ui');
  }

  /** Add-on menus are allowed in AuthMode.NONE (that is what onOpen is for). */
  createAddonMenu(): Menu {
    return new Menu(this.ctx, 'addon', '');
  }
  createMenu(caption: string): Menu {
    return new Menu(this.ctx, 'menu', caption);
  }

  /**
   * Records the sidebar (title from HtmlOutput.setTitle). "Does not suspend the server-side
   * script" (facts H4). Not available to simple triggers or AuthMode.NONE.
   */
  showSidebar(userInterface: HtmlOutput): void {
    requireFull(this.ctx, 'Ui.showSidebar');
    if (!(userInterface instanceof HtmlOutput))
      fail("The parameters ((class)) don't match the method signature for Ui.showSidebar.");
    this.ctx.state.ui.sidebars.push({
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      width: userInterface.getWidth(),
    });
  }
  /** The title argument overrides setTitle (facts H4). */
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    requireFull(this.ctx, 'Ui.showModalDialog');
    this.ctx.state.ui.dialogs.push({
      title,
      html: userInterface.getContent(),
      modal: true,
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    requireFull(this.ctx, 'Ui.showModelessDialog');
    this.ctx.state.ui.dialogs.push({
      title,
      html: userInterface.getContent(),
      modal: false,
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): recorded; answers OK unless a test queued another. */
  alert(a: string, b?: unknown, c?: unknown): EnumMember {
    requireFull(this.ctx, 'Ui.alert');
    const text = typeof b === 'string' ? `${a}: ${b}` : a;
    void c;
    this.ctx.state.ui.alerts.push(text);
    return uiAnswers.get(this.ctx)?.buttons.shift() ?? Button.OK;
  }
  prompt(a: string, b?: unknown, c?: unknown): PromptResponse {
    requireFull(this.ctx, 'Ui.prompt');
    const text = typeof b === 'string' ? `${a}: ${b}` : a;
    void c;
    this.ctx.state.ui.prompts.push(text);
    const q = uiAnswers.get(this.ctx);
    return new PromptResponse(this.ctx, q?.texts.shift() ?? '', q?.buttons.shift() ?? Button.OK);
  }
}

/** HtmlOutput. https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutput extends Counted {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;
  private meta: Record<string, string> = {};
  private faviconUrl: string | null = null;

  constructor(
    private readonly ctx_: Ctx,
    private content: string,
  ) {
    super(ctx_.counter, 'HtmlOutput');
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  /** Escapes HTML (facts H2). */
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += addedContent
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  getWidth(): number | undefined {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: unknown): HtmlOutput {
    void mode;
    return this;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    void mode;
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.meta[name] = content;
    return this;
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = iconUrl;
    return this;
  }
  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }
  /** content type 'text/html' (facts H2). */
  getBlob(): Blob {
    return makeBlob(this.ctx_, this.content, 'text/html', this.title || null);
  }
  getAs(contentType: string): Blob {
    return makeBlob(this.ctx_, this.content, contentType, this.title || null);
  }
}

/** HtmlTemplate: <? ?>, <?= ?> (escaped) and <?!= ?> (raw) scriptlets (facts H3). */
export class HtmlTemplate extends Counted {
  [key: string]: unknown;

  constructor(
    private readonly ctx_: Ctx,
    private readonly source: string,
  ) {
    super(ctx_.counter, 'HtmlTemplate');
  }

  getRawContent(): string {
    return this.source;
  }

  getCode(): string {
    let code = 'let __out = "";\n';
    const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.source))) {
      code += `__out += ${JSON.stringify(this.source.slice(last, m.index))};\n`;
      if (m[1] === '=') code += `__out += __esc(${m[2].trim().replace(/;+$/, '')});\n`;
      else if (m[1] === '!=') code += `__out += String(${m[2].trim().replace(/;+$/, '')});\n`;
      else code += m[2] + '\n';
      last = re.lastIndex;
    }
    code += `__out += ${JSON.stringify(this.source.slice(last))};\nreturn __out;`;
    return code;
  }

  evaluate(): HtmlOutput {
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!['ctx_', 'source'].includes(k)) vars[k] = this[k];
    const esc = (v: unknown) =>
      String(v)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
    const fn = new Function('__esc', ...Object.keys(vars), this.getCode());
    const html = fn(esc, ...Object.values(vars)) as string;
    return new HtmlOutput(this.ctx_, html);
  }
}

/** HtmlService. https://developers.google.com/apps-script/reference/html/html-service */
export class HtmlService extends Counted {
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'HtmlService');
  }

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this.ctx, html ?? '');
  }
  /** Name without '.html'; a missing file throws the real text (facts H1). */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.ctx, this.file(filename));
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this.ctx, html);
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.ctx, this.file(filename));
  }
  /** null outside doGet/doPost (facts H5). */
  getUserAgent(): null {
    return null;
  }

  private file(name: string): string {
    const src = this.ctx.files[name];
    if (src === undefined) fail(`No HTML file named ${name} was found.`);
    return src;
  }
}
