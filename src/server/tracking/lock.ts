// The one lock helper every write path goes through: the document lock (the script lock when
// Apps Script gives no document), re-entrant within an execution, a busy lock a readable message.
import { UserError } from '../rpc';

/** How long a write waits for another execution to finish (ms). */
const WAIT_MS = 15_000;
/** onEdit runs as a simple trigger with 30 s in all: it may wait less. */
export const EDIT_WAIT_MS = 10_000;

/** How deep this execution is inside withDocumentLock (nested calls reuse the outer lock). */
let depth = 0;

/**
 * The lock that serialises writes to the spreadsheet. getDocumentLock() is null outside a
 * containing document (reference: LockService.getDocumentLock); the script lock then still
 * keeps two executions of the add-on from writing at once, only more coarsely.
 */
function documentLock(): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  return lock ?? LockService.getScriptLock();
}

/**
 * Runs `fn` holding the document lock, then flushes the writes before letting go. A lock held
 * by someone else for longer than `waitMs` is the "busy, try again" message; nothing is run.
 */
export function withDocumentLock<T>(fn: () => T, waitMs: number = WAIT_MS): T {
  if (depth > 0) return fn();
  const lock = documentLock();
  if (!lock.tryLock(waitMs)) throw new UserError('errorBusy');
  depth++;
  try {
    // The write's transaction flushes before it commits (sheets/transaction.ts): a flush here,
    // after the commit, could fail and be reported as if nothing had changed.
    return fn();
  } finally {
    depth--;
    // A lock that fails to release is released when the execution ends: the write's answer stands.
    try {
      lock.releaseLock();
    } catch (error) {
      console.error(error);
    }
  }
}

/** Wraps a function so that each call runs under withDocumentLock (for the public entry points). */
export function locked<A extends unknown[], T>(fn: (...args: A) => T, waitMs: number = WAIT_MS): (...args: A) => T {
  return (...args: A): T => withDocumentLock(() => fn(...args), waitMs);
}
