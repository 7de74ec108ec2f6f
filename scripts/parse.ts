// npm run parse -- <file>: prints the parsed plan as JSON (exit 0), or a one-line error on stderr (exit 2).
import { readFileSync } from 'node:fs';
import { parsePlan } from '../src/core/plan/index';

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const locale = args.includes('--en') ? 'en' : 'vi';
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run --silent parse -- <plan.txt> [--en]\n');
    process.exit(2);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    process.exit(2);
  }
  const result = parsePlan(text, { locale });
  if (!result.ok) {
    process.stderr.write(result.error.replace(/\s+/g, ' ') + '\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(result.plan, null, 2) + '\n');
}

main();
