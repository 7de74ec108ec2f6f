// Loads the built dist/Code.js into a node:vm context with the emulator's globals installed,
// the way Apps Script runs it. Used by the bundle test, the local preview and the demo.
// With PLAN_TRACKER_IN_PROCESS=1 (the coverage run) the same specs run src/server's modules
// in this process instead, with the emulator's globals on globalThis, so that coverage sees
// the server's TypeScript.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createEmulator, loadEmulator } from '../emulator/index';

/** The emulator as createEmulator returns it. */
export type Emulator = ReturnType<typeof createEmulator>;
/** createEmulator's options. */
export type EmulatorOptions = NonNullable<Parameters<typeof createEmulator>[0]>;

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

export interface LoadOptions {
  /** Where the build wrote Code.js and sidebar.html (default dist/). */
  distDir?: string;
  /** A saved emulator state (emulator.save()) to start from. */
  saved?: string;
  /** Options for a new emulator; `files` defaults to the built sidebar. */
  emulator?: EmulatorOptions;
}

export interface LoadedBundle {
  emulator: Emulator;
  /** The vm context: the script's global object. */
  context: vm.Context;
  /** Names declared as top-level `function` in Code.js: what Apps Script can call. */
  functions: string[];
  /** Calls a top-level function directly, as a menu item or trigger would. */
  run(name: string, ...args: unknown[]): unknown;
  /** Calls a top-level function as google.script.run does: JSON copies in and out. */
  rpc(name: string, args: unknown[]): unknown;
}

/** The names of the top-level function declarations in a script's source. */
export function topLevelFunctions(source: string): string[] {
  return [...source.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
}

/** The HtmlService project files the built add-on carries (name without .html → source). */
export function projectFiles(distDir = DIST): Record<string, string> {
  return { sidebar: readFileSync(join(distDir, 'sidebar.html'), 'utf8') };
}

function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True when a value holds something google.script.run refuses to send: a Date or a function (G1). */
function containsIllegalArgument(value: unknown): boolean {
  if (isDate(value) || typeof value === 'function') return true;
  if (value && typeof value === 'object') return Object.values(value).some(containsIllegalArgument);
  return false;
}

function containsDate(value: unknown): boolean {
  if (isDate(value)) return true;
  if (value && typeof value === 'object') return Object.values(value).some(containsDate);
  return false;
}

/**
 * What google.script.run delivers for a server value: a JSON copy, and null for the whole
 * value when it holds a Date anywhere (apps-script-facts G1, G2).
 */
export function acrossRpc(value: unknown): unknown {
  if (value === undefined || containsDate(value)) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** True in the coverage run: specs call src/server's modules in this process (see the header). */
export const IN_PROCESS = process.env.PLAN_TRACKER_IN_PROCESS === '1';

type ServerModule = Record<string, (...args: unknown[]) => unknown>;
const serverModule: ServerModule | null = IN_PROCESS
  ? ((await import('../../src/server/index')) as unknown as ServerModule)
  : null;

let uninstallPrevious: (() => void) | null = null;

/** The in-process variant of loadBundle: the server's modules on this realm's globals. */
function loadInProcess(emulator: Emulator, server: ServerModule): LoadedBundle {
  uninstallPrevious?.();
  uninstallPrevious = emulator.install(globalThis);
  const functions = Object.keys(server).filter((name) => typeof server[name] === 'function');
  const lookup = (name: string): ((...args: unknown[]) => unknown) => {
    const fn = server[name];
    if (!functions.includes(name) || !fn) throw new Error(`Script function not found: ${name}`);
    return fn;
  };
  return {
    emulator,
    context: globalThis as unknown as vm.Context,
    functions,
    run: (name, ...args) => lookup(name)(...args),
    rpc: (name, args) => {
      if (containsIllegalArgument(args)) throw new Error(`ScriptError: illegal argument for ${name}: Date or function`);
      return acrossRpc(lookup(name)(...(JSON.parse(JSON.stringify(args)) as unknown[])));
    },
  };
}

/** Loads dist/Code.js into a fresh vm context on a new (or restored) emulator. */
export function loadBundle(options: LoadOptions = {}): LoadedBundle {
  const distDir = options.distDir ?? DIST;
  const emulatorOptions: EmulatorOptions = { files: projectFiles(distDir), ...options.emulator };
  const emulator = options.saved ? loadEmulator(options.saved, emulatorOptions) : createEmulator(emulatorOptions);
  if (serverModule) return loadInProcess(emulator, serverModule);
  const source = readFileSync(join(distDir, 'Code.js'), 'utf8');
  const context = vm.createContext({ console });
  emulator.install(context);
  vm.runInContext(source, context, { filename: 'Code.js' });
  const functions = topLevelFunctions(source);

  const lookup = (name: string): ((...args: unknown[]) => unknown) => {
    const fn = (context as Record<string, unknown>)[name];
    if (!functions.includes(name) || typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...args: unknown[]) => unknown;
  };

  return {
    emulator,
    context,
    functions,
    run: (name, ...args) => lookup(name)(...args),
    rpc: (name, args) => {
      if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
      // The real request fails for a Date or a function anywhere in the arguments (G1).
      if (containsIllegalArgument(args)) throw new Error(`ScriptError: illegal argument for ${name}: Date or function`);
      return acrossRpc(lookup(name)(...(JSON.parse(JSON.stringify(args)) as unknown[])));
    },
  };
}
