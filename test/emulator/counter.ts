// Service-call counting: every emulated object is wrapped once in a Proxy that counts "Class.method".

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

  /** Records one call. */
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
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
