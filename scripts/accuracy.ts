// npm run accuracy: parses every annotated example plan and prints recall, precision, F1, lead unit, support units (exact set, not gated), due, reports, recipients, signer.
// The examples of ../shared (seeds and plans) when they are there, then the team's own synthetic plans (test/fixtures/plans).
// `--dir <folder>` scores the annotated plans of another folder instead (not gated); `--detail` lists the misses.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { figures, formatTable, repoRoot, scoreExamples, sharedDir, sumScores } from './plan-accuracy-scorer';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
const detail = args.includes('--detail');
const fixtures = join(repoRoot, 'test', 'fixtures', 'plans');

if (dir) {
  const scores = scoreExamples(resolve(dir), detail);
  console.log(formatTable(scores, sumScores(`together (${dir})`, scores)));
} else {
  const own = scoreExamples(fixtures, detail);
  const ownTotal = sumScores('team fixtures together (test/fixtures/plans)', own);
  let gated = ownTotal;
  if (existsSync(sharedDir)) {
    const scores = scoreExamples(undefined, detail);
    const examples = scores.filter((s) => !s.seed);
    gated = sumScores('examples together (plans/)', examples);
    console.log(formatTable(scores, gated));
    console.log('');
  } else console.log(`${sharedDir} is absent: the team's fixtures only.\n`);
  console.log(formatTable(own, ownTotal));
  const f = figures(gated);
  process.exitCode = f.f1 >= 0.95 && f.lead >= 0.9 && f.due >= 0.95 ? 0 : 1;
}
