// npm run bench: runs every case in scripts/bench/*.ts at its sizes and prints service calls
// and in-process time (median of several runs); `--json` prints one JSON object per line.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchCase } from './bench/types';

const RUNS = 5;

interface Row {
  case: string;
  n: number;
  unit: string;
  calls: number;
  ms: number;
}

async function loadCases(only: string | undefined): Promise<BenchCase[]> {
  const dir = fileURLToPath(new URL('./bench/', import.meta.url));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
    .sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { cases?: BenchCase[] };
    cases.push(...(mod.cases ?? []));
  }
  return only ? cases.filter((c) => c.name.includes(only)) : cases;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(c: BenchCase, n: number): Row {
  const times: number[] = [];
  let calls = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = c.prepare(n);
    const start = performance.now();
    calls = run();
    times.push(performance.now() - start);
  }
  return { case: c.name, n, unit: c.unit, calls, ms: Math.round(median(times) * 100) / 100 };
}

/** The built files whose size every user pays for: Code.js on each server call, the sidebar on each open. */
const BUNDLES = ['Code.js', 'sidebar.html'];

function printBundleSizes(json: boolean): void {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  for (const file of BUNDLES) {
    const bytes = statSync(join(dist, file)).size;
    if (json) console.log(JSON.stringify({ bundle: file, bytes }));
    else console.log(`${`dist/${file}`.padEnd(28)}${(bytes / 1024).toFixed(1).padStart(8)} KB`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyIndex = args.indexOf('--case');
  const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
  const cases = await loadCases(only);
  printBundleSizes(json);
  if (!json)
    console.log(
      `${'case'.padEnd(28)}${'n'.padStart(8)}  ${'unit'.padEnd(6)}${'calls'.padStart(8)}${'ms'.padStart(12)}`,
    );
  for (const c of cases) {
    for (const n of c.sizes) {
      const row = measure(c, n);
      if (json) console.log(JSON.stringify({ case: row.case, n: row.n, calls: row.calls, ms: row.ms }));
      else
        console.log(
          `${row.case.padEnd(28)}${String(row.n).padStart(8)}  ${row.unit.padEnd(6)}${String(row.calls).padStart(8)}${row.ms.toFixed(2).padStart(12)}`,
        );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
