// npm run parse -- <file>: prints the parsed plan as JSON (exit 0), or a one-line error on stderr (exit 2).
import { readFileSync } from 'node:fs';
import { decodePlanBytes, parsePlan } from '../src/core/plan/index';
import { msg } from '../src/core/messages/index';

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const locale = args.includes('--en') ? 'en' : 'vi';
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write(msg('parserUsage', locale) + '\n');
    process.exit(2);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    process.stderr.write(msg('parserFileUnreadable', locale, { file }) + '\n');
    process.exit(2);
  }
  // UTF-8 with or without a BOM, or Word's "Unicode" (UTF-16); a .docx or PDF is reported as binary.
  const decoded = decodePlanBytes(bytes, locale);
  if (!decoded.ok) {
    process.stderr.write(decoded.error.replace(/\s+/g, ' ') + '\n');
    process.exit(2);
  }
  const text = decoded.text;
  const result = parsePlan(text, { locale });
  if (!result.ok) {
    process.stderr.write(result.error.replace(/\s+/g, ' ') + '\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(result.plan, null, 2) + '\n');
}

main();
