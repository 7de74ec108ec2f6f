// All or nothing for the add-on's writes: a write operation runs inside `transaction`, each
// change it makes registers how to undo it, and a failure undoes them all (newest first) before
// the answer is sent, which then says truthfully whether the spreadsheet is as it was.
import { UserError } from '../rpc';
import type { Properties, Range, Sheet, Spreadsheet } from './gas';

type Cell = string | number | boolean | Date;

/** The undo steps of one write operation. */
export class Transaction {
  private readonly steps: (() => void)[] = [];
  /** What could not be undone (user-facing descriptions, e.g. a Doc that stays in Drive). */
  readonly leftovers: string[] = [];

  /** Registers how to undo a change that was just made. */
  onUndo(step: () => void): void {
    this.steps.push(step);
  }

  /** Writes `after` into `range` (whose values before are `before`, read earlier) and registers the undo. */
  setValues(range: Range, before: Cell[][], after: Cell[][]): void {
    range.setValues(after);
    this.onUndo(() => range.setValues(before));
  }

  /** Registers a sheet the operation inserted: undoing deletes it (its cells, formats, tags and charts with it). */
  insertedSheet(ss: Spreadsheet, sheet: Sheet): void {
    this.onUndo(() => ss.deleteSheet(sheet));
  }

  /** Sets a property, registering the value it had (one read). */
  setProperty(store: Properties, key: string, value: string): void {
    const before = store.getProperty(key);
    store.setProperty(key, value);
    this.onUndo(() => (before === null ? store.deleteProperty(key) : store.setProperty(key, before)));
  }

  /** Undoes every registered change, newest first; false when a step failed (the rest still run). */
  rollback(): boolean {
    let complete = true;
    for (const step of this.steps.splice(0).reverse()) {
      try {
        step();
      } catch (error) {
        complete = false;
        console.error(error);
      }
    }
    if (complete) {
      try {
        SpreadsheetApp.flush();
      } catch (error) {
        complete = false;
        console.error(error);
      }
    }
    return complete;
  }
}

let current: Transaction | null = null;

/** The transaction running now, or null (a helper called outside any write operation). */
export function currentTransaction(): Transaction | null {
  return current;
}

/**
 * Runs a write operation all or nothing. The pending writes are flushed inside, so a failure
 * to apply them is undone too. On failure every change is undone; a UserError keeps its
 * message (nothing was changed), any other error becomes "… everything was put back" or, when
 * an undo step failed too, "… some changes could not be undone". A transaction started inside
 * another joins it.
 */
export function transaction<T>(fn: (tx: Transaction) => T): T {
  if (current) return fn(current);
  const tx = new Transaction();
  current = tx;
  try {
    const value = fn(tx);
    SpreadsheetApp.flush();
    return value;
  } catch (error) {
    const complete = tx.rollback();
    if (complete && tx.leftovers.length === 0 && error instanceof UserError) throw error;
    const detail = errorText(error);
    if (!complete) throw new UserError('errorNotRolledBack', { detail });
    if (tx.leftovers.length > 0) throw new UserError('errorLeftover', { detail, leftovers: tx.leftovers.join('; ') });
    throw new UserError('errorRolledBack', { detail });
  } finally {
    current = null;
  }
}

/** The message of a thrown value, without a closing full stop (the sentence around it has its own). */
function errorText(error: unknown): string {
  const message =
    error !== null && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return message.replace(/\.\s*$/, '');
}
