// The RPC wrapper: values come back as { ok: true }, failures as readable messages.
import { describe, expect, it, vi } from 'vitest';
import { describeError, respond, UserError } from '../../src/server/rpc';

describe('respond', () => {
  it('wraps the value of a successful call', () => {
    const add = respond(
      (a: number, b: number) => a + b,
      () => 'vi',
    );
    expect(add(2, 3)).toEqual({ ok: true, value: 5 });
  });

  it('turns a UserError into its message in the user locale', () => {
    const busy = respond(
      () => {
        throw new UserError('errorBusy');
      },
      () => 'vi',
    );
    expect(busy()).toEqual({
      ok: false,
      error: 'Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít giây.',
    });
  });

  it('turns an unexpected exception into the readable unexpected-error message', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = respond(
      () => {
        throw new TypeError('x is undefined');
      },
      () => 'en',
    );
    expect(broken()).toEqual({
      ok: false,
      error: 'Something went wrong: x is undefined. The spreadsheet was not changed.',
    });
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it('never lets anything escape, even a thrown non-Error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const odd = respond(
      () => {
        throw 'boom';
      },
      () => 'en',
    );
    expect(odd()).toEqual({ ok: false, error: expect.stringContaining('boom') });
    vi.restoreAllMocks();
  });
});

describe('describeError', () => {
  it('reads a lock timeout as "busy"', () => {
    expect(describeError(new Error('Lock timeout: another process was holding the lock for too long.'), 'en')).toBe(
      'Someone else is updating the spreadsheet. Please try again in a few seconds.',
    );
  });

  it('keeps a UserError readable in English too', () => {
    expect(new UserError('errorBusy').message).toMatch(/Someone else/);
  });
});
