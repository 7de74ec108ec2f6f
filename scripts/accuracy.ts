// npm run accuracy: parses every annotated example plan and prints recall, precision, F1, lead unit, support units (exact set, not gated), due, reports, recipients, signer.
// `--dir <folder>` scores the annotated plans of another folder instead (not gated); `--detail` lists the misses.
import { resolve } from 'node:path';
import { figures, formatTable, scoreExamples, sumScores } from './plan-accuracy-scorer';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
const detail = args.includes('--detail');

if (dir) {
  const scores = scoreExamples(resolve(dir), detail);
  console.log(formatTable(scores, sumScores(`together (${dir})`, scores)));
} else {
  const scores = scoreExamples(undefined, detail);
  const examples = scores.filter((s) => !s.seed);
  console.log(formatTable(scores, sumScores('examples together (plans/)', examples)));
  const f = figures(sumScores('', examples));
  process.exitCode = f.f1 >= 0.95 && f.lead >= 0.9 && f.due >= 0.95 ? 0 : 1;
}
