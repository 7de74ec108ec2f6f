import { isDeepStrictEqual } from 'node:util';
import { OPERATIONS, snapshot } from './faults';
import { openAddOn, setClock } from '../server/tracking-fixture';
const [name, nText] = process.argv.slice(2);
const op = OPERATIONS.find((o) => o.name === name)!;
const { bundle } = openAddOn('2023-06-01T02:00:00Z');
const ctx = op.setup(bundle);
const base = bundle.emulator.save();
bundle.emulator.restore(base);
setClock(bundle, () => new Date('2023-06-01T02:00:00Z'));
const prep = op.before?.(bundle, ctx);
const snap = () => snapshot(bundle);
const before = snap();
bundle.emulator.faults.arm(Number(nText));
const answer = op.run(bundle, ctx, prep);
console.log('failed', bundle.emulator.faults.failed(), JSON.stringify(answer).slice(0, 400));
const after = snap();
function diff(a: any, b: any, path: string, out: string[]) {
  if (out.length > 40) return;
  if (isDeepStrictEqual(a, b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[k], b[k], `${path}.${k}`, out);
  } else out.push(`${path}: ${JSON.stringify(a)?.slice(0, 100)} -> ${JSON.stringify(b)?.slice(0, 100)}`);
}
const out: string[] = [];
diff(before, after, '', out);
console.log(out.join('\n'));
