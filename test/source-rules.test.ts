// Rules about where code may live: core knows no Apps Script, user text lives in messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Every .ts file under a folder of the repository. */
function sources(dir: string): string[] {
  const full = join(ROOT, dir);
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Source without comments, so a comment may still name a service. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const APPS_SCRIPT_GLOBALS =
  /\b(SpreadsheetApp|DocumentApp|DriveApp|HtmlService|PropertiesService|LockService|CacheService|Session|Utilities|ScriptApp|MailApp|GmailApp|UrlFetchApp|Logger|Charts|CardService|Browser|google\.script)\s*\./;
const VIETNAMESE_LETTER = '[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]';
/** A quoted or template string literal holding a Vietnamese letter. */
const VIETNAMESE_LITERAL = new RegExp(
  `'[^'\\n]*${VIETNAMESE_LETTER}[^'\\n]*'|"[^"\\n]*${VIETNAMESE_LETTER}[^"\\n]*"|\`[^\`]*${VIETNAMESE_LETTER}[^\`]*\``,
);

describe('source rules', () => {
  it('scripts/ imports no code from test/ (the emulator and harness live in scripts/, tests import them)', () => {
    const offenders = sources('scripts').filter((path) =>
      /from\s+['"][./]*\/test\/|from\s+['"]\.\.\/test\//.test(code(path)),
    );
    expect(offenders.map((path) => relative(ROOT, path))).toEqual([]);
  });

  it('src/core uses no Apps Script global', () => {
    const offenders = sources('src/core').filter((path) => APPS_SCRIPT_GLOBALS.test(code(path)));
    expect(offenders.map((p) => relative(ROOT, p))).toEqual([]);
  });

  it('src/server and src/client hold no Vietnamese string literal (user text belongs in src/core/messages)', () => {
    expect(VIETNAMESE_LITERAL.test("label = 'Đơn vị'")).toBe(true);
    expect(VIETNAMESE_LITERAL.test('code.replace(/^[A-ZĐ]-/u, "")')).toBe(false);
    const offenders = [...sources('src/server'), ...sources('src/client')].filter((path) =>
      VIETNAMESE_LITERAL.test(code(path)),
    );
    expect(offenders.map((p) => relative(ROOT, p))).toEqual([]);
  });
});
