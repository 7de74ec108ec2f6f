// A compile-time check that every value crossing google.script.run survives it: only
// strings, numbers, booleans, null, arrays and plain objects of those (a Date arrives as null,
// a function or a Map does not arrive at all). Type-only: nothing of this is in a bundle.
import type { ServerApi } from './rpc';

type Primitive = string | number | boolean | null | undefined;

/** `true` when T is made of JSON values only; otherwise the path to the first offender. */
export type JsonSafe<T, Path extends string = ''> = T extends Primitive
  ? true
  : T extends Date
    ? `Date at ${Path}`
    : T extends (...args: never[]) => unknown
      ? `function at ${Path}`
      : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>
        ? `Map or Set at ${Path}`
        : T extends readonly (infer Item)[]
          ? JsonSafe<Item, `${Path}[]`>
          : T extends object
            ? FirstOffender<{ [K in keyof T & string]-?: JsonSafe<T[K], `${Path}.${K}`> }>
            : `unknown value at ${Path}`;

type FirstOffender<Fields> =
  Exclude<Fields[keyof Fields], true> extends never ? true : Exclude<Fields[keyof Fields], true>;

/** Each server function's arguments and result, checked. */
type ServerApiCheck = {
  [K in keyof ServerApi]: [
    JsonSafe<Parameters<ServerApi[K]>, `${K}(arguments)`>,
    JsonSafe<ReturnType<ServerApi[K]>, `${K}()`>,
  ];
};

type Offenders = Exclude<ServerApiCheck[keyof ServerApiCheck][number], true>;

/**
 * Fails to compile, naming the offending field (e.g. "Date at createReport().createdAt"),
 * when a ServerApi type holds something google.script.run cannot carry.
 */
export const SERVER_API_IS_JSON_SAFE: [Offenders] extends [never] ? true : Offenders = true;
