// npm run accuracy: parses every annotated example plan and prints recall, precision, F1, lead unit, support units (exact set, not gated), due, reports, recipients, signer.
import { figures, formatTable, scoreExamples, sumScores } from './plan-accuracy-scorer';

const scores = scoreExamples();
const examples = scores.filter((s) => !s.seed);
console.log(formatTable(scores, sumScores('examples together (plans/)', examples)));
const f = figures(sumScores('', examples));
process.exitCode = f.f1 >= 0.95 && f.lead >= 0.9 && f.due >= 0.95 ? 0 : 1;
