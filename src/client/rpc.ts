// Typed client for google.script.run: `call('getSidebarContext')` returns a promise of the
// server function's value, typed from ServerApi. Failures reject with readable text.
import type { RpcResult, ServerApi } from '../shared/rpc';
import { t } from './i18n';

/** The part of google.script.run the client uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** A failed call; `message` is already readable, in the user's language. */
export class RpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpcError';
  }
}

type BusyListener = (busy: boolean) => void;
type ErrorListener = (message: string) => void;

const busyListeners: BusyListener[] = [];
const errorListeners: ErrorListener[] = [];
let inFlight = 0;

/** Called with true when the first call starts and false when the last one ends. */
export function onBusyChange(listener: BusyListener): void {
  busyListeners.push(listener);
}

/** Called with the readable message of every failed call. */
export function onCallError(listener: ErrorListener): void {
  errorListeners.push(listener);
}

function setInFlight(delta: number): void {
  const wasBusy = inFlight > 0;
  inFlight += delta;
  if (wasBusy !== inFlight > 0) for (const listener of busyListeners) listener(inFlight > 0);
}

function scriptRunner(): ScriptRunner | null {
  const host = globalThis as { google?: { script?: { run?: ScriptRunner } } };
  return host.google?.script?.run ?? null;
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** Calls a server function through google.script.run and unwraps its RpcResult. */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  setInFlight(1);
  const settled = new Promise<ReturnType<ServerApi[K]>>((resolve, reject) => {
    const runner = scriptRunner();
    if (!runner) {
      reject(new RpcError(t('errorNoServer')));
      return;
    }
    const target = runner
      .withSuccessHandler((answer) => {
        const result = answer as RpcResult<ReturnType<ServerApi[K]>> | null;
        if (result && result.ok === true) resolve(result.value);
        else if (result && result.ok === false) reject(new RpcError(result.error));
        else reject(new RpcError(t('errorServer', { detail: String(name) })));
      })
      .withFailureHandler((error) =>
        reject(new RpcError(t('errorServer', { detail: detailOf(error) }))),
      ) as unknown as Record<string, (...callArgs: unknown[]) => void>;
    const send = target[name];
    if (!send) throw new RpcError(t('errorServer', { detail: String(name) }));
    send(...args);
  });
  return settled.then(
    (value) => {
      setInFlight(-1);
      return value;
    },
    (error: RpcError) => {
      setInFlight(-1);
      for (const listener of errorListeners) listener(error.message);
      throw error;
    },
  );
}
