// Bench case "parse": parses plan text of growing size (the project's fixture plans, and the
// example plans of ../shared when they are there, repeated) with parsePlan.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/core/plan/index';
import type { BenchCase } from './types';

/** The team's fixture plans, read as data. */
const FIXTURES_DIR = join(fileURLToPath(new URL('../..', import.meta.url)), 'test/fixtures');
const shared = resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared');

function samplePlans(): string[] {
  const texts: string[] = [];
  for (const folder of [join(FIXTURES_DIR, 'plans'), join(shared, 'seeds'), join(shared, 'plans')]) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      texts.push(readFileSync(join(folder, f), 'utf8'));
  }
  return texts;
}

/** One long plan of about `kb` kilobytes: a header, then the examples' bodies repeated as sections. */
function buildPlan(kb: number): string {
  const bodies = samplePlans();
  const filler = bodies.length
    ? bodies
    : ['II. NHIỆM VỤ\n1. Rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2024.\n'];
  const parts: string[] = ['Số: 01/KH-UBND | | Gia Lai, ngày 05 tháng 01 năm 2024', 'KẾ HOẠCH', 'Kế hoạch thử tải'];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const text = filler[i % filler.length];
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8');
  }
  return parts.join('\n');
}

export const cases: BenchCase[] = [
  {
    name: 'parse',
    sizes: [10, 100, 1024],
    unit: 'KB',
    prepare(kb: number) {
      const text = buildPlan(kb);
      return () => {
        const result = parsePlan(text);
        if (!result.ok) throw new Error(result.error);
        return 0;
      };
    },
  },
];
