// decodePlanBytes and the parse command: plans saved from Word as UTF-8 with a BOM or "Unicode" (UTF-16) read as text; binary files keep the clear message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePlanBytes, parsePlan } from '../../../src/core/plan/index';
import { msg } from '../../../src/core/messages/index';

const PLAN = [
  'UBND XÃ AN BÌNH',
  'Số: 12/KH-UBND | | An Bình, ngày 10 tháng 01 năm 2024',
  'KẾ HOẠCH',
  'Phòng chống thiên tai năm 2024',
  'I. NHIỆM VỤ',
  '1. Rà soát các điểm sạt lở, hoàn thành trước ngày 30/6/2024.',
  '2. Tuyên truyền cho người dân thường xuyên.',
  '',
].join('\r\n');

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}
function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return new Uint8Array(be);
}
const cat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

describe('decodePlanBytes', () => {
  it('reads UTF-8 without a BOM as is', () => {
    expect(decodePlanBytes(new Uint8Array(Buffer.from(PLAN, 'utf8')))).toEqual({
      ok: true,
      text: PLAN,
      encoding: 'utf-8',
    });
  });
  it('strips a UTF-8 BOM', () => {
    const r = decodePlanBytes(cat(new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array(Buffer.from(PLAN, 'utf8'))));
    expect(r).toEqual({ ok: true, text: PLAN, encoding: 'utf-8' });
  });
  it('decodes UTF-16LE with a BOM (FF FE), Vietnamese letters included', () => {
    const r = decodePlanBytes(cat(new Uint8Array([0xff, 0xfe]), utf16le(PLAN)));
    expect(r).toEqual({ ok: true, text: PLAN, encoding: 'utf-16le' });
  });
  it('decodes UTF-16BE with a BOM (FE FF)', () => {
    const r = decodePlanBytes(cat(new Uint8Array([0xfe, 0xff]), utf16be(PLAN)));
    expect(r).toEqual({ ok: true, text: PLAN, encoding: 'utf-16be' });
  });
  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    expect(decodePlanBytes(utf16le(PLAN))).toEqual({ ok: true, text: PLAN, encoding: 'utf-16le' });
    expect(decodePlanBytes(utf16be(PLAN))).toEqual({ ok: true, text: PLAN, encoding: 'utf-16be' });
  });
  it('does not take a few NUL bytes for UTF-16: the text stays UTF-8 and parsePlan calls it binary', () => {
    const bytes = new Uint8Array(Buffer.from('abc\u0000def\u0000ghijklmnop', 'utf8'));
    const r = decodePlanBytes(bytes);
    expect(r.ok && r.encoding).toBe('utf-8');
    if (r.ok) expect(parsePlan(r.text)).toEqual({ ok: false, error: msg('parserBinary', 'vi') });
  });
  it('reports a .docx (zip) or a PDF as binary with the parser message', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(decodePlanBytes(zip)).toEqual({ ok: false, binary: true, error: msg('parserBinary', 'vi') });
    expect(decodePlanBytes(zip, 'en')).toEqual({ ok: false, binary: true, error: msg('parserBinary', 'en') });
    const pdf = new Uint8Array(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'latin1'));
    expect(decodePlanBytes(pdf).ok).toBe(false);
  });
  it('decoded UTF-16 text parses like the UTF-8 original', () => {
    const r = decodePlanBytes(cat(new Uint8Array([0xff, 0xfe]), utf16le(PLAN)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(parsePlan(r.text)).toEqual(parsePlan(PLAN));
  });
});

describe('parse command with saved files', () => {
  const root = resolve(__dirname, '../../..');
  const dir = mkdtempSync(join(tmpdir(), 'plan-enc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (name: string, bytes: Uint8Array, extra: string[] = []) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/parse.ts', file, ...extra], {
      cwd: root,
      encoding: 'utf8',
    });
  };
  const expected = parsePlan(PLAN);

  it.each([
    ['utf8-bom.txt', cat(new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array(Buffer.from(PLAN, 'utf8')))],
    ['utf16le-bom.txt', cat(new Uint8Array([0xff, 0xfe]), utf16le(PLAN))],
    ['utf16be-bom.txt', cat(new Uint8Array([0xfe, 0xff]), utf16be(PLAN))],
  ])(
    'prints the plan of %s as JSON, exit 0',
    (name, bytes) => {
      const out = run(name, bytes);
      expect(out.status).toBe(0);
      expect(expected.ok).toBe(true);
      if (expected.ok) expect(JSON.parse(out.stdout)).toEqual(expected.plan);
      expect(JSON.parse(out.stdout).tasks.map((t: { due: string | null }) => t.due)).toEqual(['2024-06-30', null]);
    },
    30_000,
  );

  it('reports a .docx as binary on one line, exit 2', () => {
    const out = run(
      'plan.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x00, 0x00, 0x5b, 0x43, 0x6f, 0x6e]),
      ['--en'],
    );
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(msg('parserBinary', 'en') + '\n');
  }, 30_000);
});

describe('decodePlanBytes without TextDecoder', () => {
  const samples = [
    'Kế hoạch số 12/KH-UBND — năm 2024',
    'Ủy ban nhân dân tỉnh Gia Lai: ư ơ ă đ 😀 ✓',
    'a'.repeat(20000) + 'ộ',
  ];

  it('reads UTF-8 and UTF-16 exactly as a standard decoder does, astral characters included', () => {
    for (const text of samples) {
      const utf8 = new TextEncoder().encode(text);
      expect(decodePlanBytes(utf8)).toMatchObject({ ok: true, text });
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      expect(decodePlanBytes(new Uint8Array(le))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    }
  });

  it('replaces malformed UTF-8 the way TextDecoder does, so no byte is silently dropped', () => {
    const cases = [
      [0x41, 0xc3],
      [0xe1, 0xba, 0x41],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf0, 0x9f, 0x98],
      [0xf5, 0x80],
      [0x80, 0x42],
    ];
    for (const bytes of cases) {
      const data = new Uint8Array(bytes);
      expect(decodePlanBytes(data)).toMatchObject({ ok: true, text: new TextDecoder('utf-8').decode(data) });
    }
  });

  it('agrees with TextDecoder on any bytes that are read as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...raw]);
        const decoded = decodePlanBytes(bytes);
        return decoded.ok && decoded.text === new TextDecoder('utf-8').decode(bytes.subarray(3));
      }),
      { numRuns: 2000 },
    );
  });
});
