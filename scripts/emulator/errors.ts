// The error Apps Script services throw: name 'Exception', message without the "Exception: " prefix.
import { isDate } from './dates';

/**
 * An Apps Script service exception. Real services throw an object whose `name` is
 * 'Exception' and whose `String(e)` reads `Exception: <message>` (facts file, error convention).
 */
export class ScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Throws a ScriptException with the given message. */
export function fail(message: string): never {
  throw new ScriptException(message);
}

/** The generic signature error Apps Script raises on arguments of the wrong type (facts V12). */
export function signatureError(service: string, cls: string, method: string, args: unknown[]): never {
  const kinds = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (Array.isArray(a)) return Array.isArray(a[0]) ? 'Object[][]' : 'Object[]';
    if (isDate(a)) return 'Date';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'boolean') return 'Boolean';
    return '(class)';
  });
  fail(`The parameters (${kinds.join(',')}) don't match the method signature for ${service}.${cls}.${method}.`);
}

/** Asserts an integer argument, with the signature error otherwise. */
export function requireInt(v: unknown, service: string, cls: string, method: string, args: unknown[]): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) signatureError(service, cls, method, args);
  return Math.trunc(v as number);
}
