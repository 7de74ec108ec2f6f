// The document lock around read-modify-write of the spreadsheet: a busy lock becomes the
// readable "someone else is updating" message, and the lock is always released.
import { UserError } from '../rpc';

/** How long a save or a check waits for another execution to finish (ms). */
const WAIT_MS = 15_000;

/** Runs `fn` holding the document lock. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) throw new UserError('errorBusy');
  try {
    // The write's transaction flushes before it commits (sheets/transaction.ts): a flush here,
    // after the commit, could fail and be reported as if nothing had changed.
    return fn();
  } finally {
    lock.releaseLock();
  }
}
