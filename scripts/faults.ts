// npm run faults [-- --json] [-- --stride N] [-- --op NAME]: the fault sweep. For each write
// operation, fails its N-th service call for every N and checks that the workbook, properties
// and documents are left as before (or, when the answer says "done", as after a clean run).
// Prints one line per operation; with --json one JSON object per line:
// {"operation","faultPoints","leftPartial",…}. Exits 1 when any operation left partial state.
import { OPERATIONS, sweep } from './harness/faults';

const args = process.argv.slice(2);
const json = args.includes('--json');
const strideAt = args.indexOf('--stride');
const stride = strideAt >= 0 ? Math.max(1, Number(args[strideAt + 1]) || 1) : 1;
const opAt = args.indexOf('--op');
const only = opAt >= 0 ? args[opAt + 1] : null;

let partial = 0;
for (const operation of OPERATIONS) {
  if (only && !operation.name.toLowerCase().includes(only.toLowerCase())) continue;
  const started = Date.now();
  const result = sweep(operation, stride);
  partial += result.leftPartial;
  if (json) console.log(JSON.stringify(result));
  else {
    const extra = [
      result.leftDoc ? `${result.leftDoc} left an emptied Doc (named in the answer)` : '',
      result.tolerated ? `${result.tolerated} tolerated (recorded)` : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(
      `${result.operation.padEnd(16)} ${String(result.faultPoints).padStart(4)} fault points, ${result.leftPartial} left partial${extra ? `, ${extra}` : ''}  (${((Date.now() - started) / 1000).toFixed(1)} s)${result.examples.length ? `\n    e.g. ${result.examples.join(', ')}` : ''}`,
    );
  }
}
process.exitCode = partial > 0 ? 1 : 0;
