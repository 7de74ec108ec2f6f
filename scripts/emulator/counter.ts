// Service-call counting: every emulated object is wrapped once in a Proxy that counts "Class.method".
// The same proxy injects faults: armed with N, the N-th counted service call throws the error
// Apps Script gives when a service fails, before the call does anything.
import { ScriptException } from './errors';

/** Counts of service calls by "Class.method". Only calls from outside the emulator count. */
export class CallCounter {
  private counts = new Map<string, number>();
  /** Nesting depth of emulator code currently running; > 0 means "internal call". */
  depth = 0;
  /**
   * Remakes an error thrown to the script in the script's realm (set when the emulator is
   * installed into a node:vm context), so `e instanceof Error` holds there as in Apps Script.
   */
  toScriptRealm: ((error: unknown) => unknown) | null = null;
  /** Fault injection: the 1-based number of the faultable call to fail, counted since arming; null when off. */
  private faultAt: number | null = null;
  /** Faultable calls seen since arming (or since the last resetFaults). */
  private faultable = 0;
  /** The call that was failed last ("Class.method"), or null. */
  failedCall: string | null = null;
  /** Text of the document id the failure messages name. */
  documentId = '';

  /** Records one call; throws the injected fault when this is the armed call. */
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (!isFaultable(key)) return;
    this.faultable++;
    if (this.faultAt !== null && this.faultable === this.faultAt) {
      this.faultAt = null;
      this.failedCall = key;
      throw new ScriptException(faultMessage(key, this.documentId));
    }
  }

  /** Fails the n-th faultable call from now (1-based); null turns injection off. Counting restarts. */
  armFault(n: number | null): void {
    this.faultAt = n;
    this.faultable = 0;
    this.failedCall = null;
  }

  /** Faultable calls since the last armFault. */
  faultableCalls(): number {
    return this.faultable;
  }

  total(): number {
    let t = 0;
    for (const v of this.counts.values()) t += v;
    return t;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }

  /** Runs `fn` as emulator-internal code: nothing inside it is counted. */
  uncounted<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}

const NOT_COUNTED = new Set(['constructor', 'toString', 'toJSON', 'valueOf', 'then']);

/**
 * Wraps `target` so that each call of one of its methods from outside the emulator is counted
 * as `${className}.${method}`. Methods run with `this` bound to the proxy, so a method that
 * returns `this` (chaining) hands back the counted object. Names starting with '_' are internal.
 */
export function counted<T extends object>(target: T, className: string, counter: CallCounter): T {
  const wrappers = new Map<PropertyKey, { fn: Function; wrapper: Function }>();
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || NOT_COUNTED.has(prop)) {
        return value;
      }
      const cached = wrappers.get(prop);
      if (cached && cached.fn === value) return cached.wrapper;
      const key = `${className}.${prop}`;
      const wrapper = function (this: unknown, ...args: unknown[]) {
        const outermost = counter.depth === 0;
        if (outermost) counter.add(key);
        counter.depth++;
        try {
          return (value as Function).apply(proxy, args);
        } catch (error) {
          // Only what reaches the script is remade; the emulator's own code sees its errors.
          throw outermost && counter.toScriptRealm ? counter.toScriptRealm(error) : error;
        } finally {
          counter.depth--;
        }
      };
      Object.defineProperty(wrapper, 'name', { value: prop });
      wrappers.set(prop, { fn: value, wrapper });
      return wrapper;
    },
  });
  return proxy;
}

/** Base class of every emulated service object: construction returns the counting proxy. */
export abstract class Counted {
  constructor(counter: CallCounter, className: string) {
    // Returning an object from a constructor replaces `this`, for subclasses too.
    return counted(this, className, counter);
  }

  toString(): string {
    return this.constructor.name;
  }
}

/**
 * Calls that reach a Google service (and can fail there). Builders, blobs, HTML output, the
 * logger and Utilities run locally in Apps Script, so they never fail with a service error.
 */
function isFaultable(key: string): boolean {
  const cls = key.slice(0, key.indexOf('.'));
  return !(/Builder$/.test(cls) || LOCAL_CLASSES.has(cls));
}

const LOCAL_CLASSES = new Set([
  'BooleanCondition',
  'ConditionalFormatRule',
  'DataValidation',
  'ChartOptions',
  'Blob',
  'Logger',
  'Utilities',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Charts',
  'Menu',
  'Ui',
]);

const DOCUMENT_CLASSES = new Set([
  'DocumentApp',
  'Document',
  'Body',
  'Paragraph',
  'Table',
  'TableRow',
  'TableCell',
  'ListItem',
  'Text',
  'InlineImage',
  'HorizontalRule',
  'PageBreak',
  'UnsupportedElement',
  'ContainerInfo',
]);

/** The message a failing service gives (as Apps Script words it). */
function faultMessage(key: string, documentId: string): string {
  const cls = key.slice(0, key.indexOf('.'));
  if (cls === 'Docs')
    return `API call to docs.${key.slice(key.indexOf('.') + 1).toLowerCase()} failed with error: Internal error encountered.`;
  if (DOCUMENT_CLASSES.has(cls))
    return 'Service Documents failed while accessing document with id 1EmuLatedDocumentId.';
  if (cls === 'Properties' || cls === 'PropertiesService')
    return 'Unexpected error while getting the method or property getProperties on object PropertiesService.';
  if (cls === 'Lock' || cls === 'LockService')
    return 'Lock timeout: another process was holding the lock for too long.';
  if (cls === 'MailApp') return 'Service invoked too many times for one day: email.';
  if (cls === 'ScriptApp' || cls === 'Trigger' || cls === 'Session' || cls === 'User')
    return "We're sorry, a server error occurred. Please wait a bit and try again.";
  return `Service Spreadsheets failed while accessing document with id ${documentId}.`;
}
