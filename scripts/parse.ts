// npm run parse -- <file>: prints the parsed plan as JSON (exit 0), or a one-line error on stderr (exit 2).
import { readFileSync } from 'node:fs';
import { parsePlan } from '../src/core/plan/index';
import { msg } from '../src/core/messages/index';

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const locale = args.includes('--en') ? 'en' : 'vi';
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write(msg('parserUsage', locale) + '\n');
    process.exit(2);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(msg('parserFileUnreadable', locale, { file }) + '\n');
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
