// RPC plumbing for google.script.run targets: every answer is an RpcResult, and every
// failure becomes a readable message in the user's language, never a raw exception.
import { msg, type Locale, type MessageKey } from '../core/messages/index';
import type { RpcResult } from '../shared/rpc';
import { userLocale } from './locale';

/**
 * A failure the user can act on (bad input, missing sheet, busy lock). Carries a message key,
 * so the text is looked up in the user's language when the answer is sent.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(msg(key, 'en', params));
    this.name = 'UserError';
  }
}

/** The user-facing text for any thrown value. */
export function describeError(error: unknown, locale: Locale): string {
  if (error instanceof UserError) return msg(error.key, locale, error.params);
  if (error instanceof Error && /lock timeout|timed out waiting for.*lock/i.test(error.message)) {
    return msg('errorBusy', locale);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return msg('errorUnexpected', locale, { detail: detail || 'unknown error' });
}

/**
 * Wraps a server function as a google.script.run target: its value comes back as
 * `{ ok: true, value }`, anything it throws as `{ ok: false, error }` with readable text.
 */
export function respond<A extends unknown[], T>(
  fn: (...args: A) => T,
  locale: () => Locale = userLocale,
): (...args: A) => RpcResult<T> {
  return (...args: A): RpcResult<T> => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (error) {
      if (!(error instanceof UserError)) console.error(error);
      return { ok: false, error: describeError(error, locale()) };
    }
  };
}
