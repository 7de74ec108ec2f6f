// Properties of the parser: it never throws, and text encodings and blank lines do not change the result.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../../src/core/plan/index';
import { listExamples } from '../../../scripts/plan-accuracy-scorer';
import { danVanPlanText, FIXTURES_DIR } from '../../fixtures/index';

// The team's fixture plans always; the annotated examples of ../shared too when they are there.
const fixturePlans = readdirSync(join(FIXTURES_DIR, 'plans'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(FIXTURES_DIR, 'plans', f), 'utf8'));
const samples = [...fixturePlans, ...listExamples().map((e) => readFileSync(e.txt, 'utf8'))];
const seed = danVanPlanText();
const fragments = [
  'KẾ HOẠCH',
  'II. NHIỆM VỤ',
  '1. ',
  '- ',
  'a) ',
  '+ ',
  'Nơi nhận:',
  'trước ngày 31/02/2024',
  ' | ',
  '\t',
  'Quý II/2024',
  '\n',
  'KT. GIÁM ĐỐC',
];

describe('parser properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = parsePlan(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of plan-like fragments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 30 })), { maxLength: 60 }),
        (parts) => {
          const r = parsePlan(parts.join(''));
          expect(r.ok || typeof r.error === 'string').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on malformed blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 10 }), (blocks) => {
        expect(() => parsePlan(blocks as never)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result for NFD and NFC text', () => {
    for (const text of samples) expect(parsePlan(text.normalize('NFD'))).toEqual(parsePlan(text.normalize('NFC')));
  });

  it('gives the same result for CRLF and LF line ends', () => {
    for (const text of samples) expect(parsePlan(text.replace(/\n/g, '\r\n'))).toEqual(parsePlan(text));
  });

  it('gives the same result with extra blank lines anywhere', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: lines.length }), { maxLength: 20 }), (positions) => {
        const copy = [...lines];
        for (const p of [...positions].sort((a, b) => b - a)) copy.splice(p, 0, '', '  ');
        expect(parsePlan(copy.join('\n'))).toEqual(parsePlan(seed));
      }),
      { numRuns: 50 },
    );
  });

  it('has a plan with tasks to test with, so the properties above compare real parses', () => {
    const parsed = parsePlan(seed);
    expect(parsed.ok && parsed.plan.tasks.length).toBeGreaterThan(5);
  });
});
