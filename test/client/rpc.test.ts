// The sidebar's typed RPC client over a fake google.script.run.
import { afterEach, describe, expect, it } from 'vitest';
import { call, onBusyChange, onCallError, RpcError } from '../../src/client/rpc';
import { setLocale } from '../../src/client/i18n';

type Answer = { value: unknown } | { failure: unknown };

/** Installs a google.script.run that answers every call with `answer`; records the calls. */
function fakeRun(answer: Answer): { name: string; args: unknown[] }[] {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_target, prop: string) => {
          if (prop === 'withSuccessHandler') return (h: (v: unknown) => void) => runner(h, failure);
          if (prop === 'withFailureHandler') return (h: (e: unknown) => void) => runner(success, h);
          return (...args: unknown[]) => {
            calls.push({ name: prop, args });
            setTimeout(() => ('value' in answer ? success?.(answer.value) : failure?.(answer.failure)), 0);
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner() } };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
  setLocale('vi');
});

describe('call', () => {
  it('calls the named server function and unwraps an ok result', async () => {
    const calls = fakeRun({ value: { ok: true, value: { locale: 'vi', userEmail: 'a@b.vn', spreadsheetName: 'KH' } } });
    await expect(call('getSidebarContext')).resolves.toEqual({
      locale: 'vi',
      userEmail: 'a@b.vn',
      spreadsheetName: 'KH',
    });
    expect(calls).toEqual([{ name: 'getSidebarContext', args: [] }]);
  });

  it('rejects with the server message of a failed result', async () => {
    fakeRun({ value: { ok: false, error: 'No tasks found' } });
    await expect(call('getSidebarContext')).rejects.toEqual(new RpcError('No tasks found'));
  });

  it('turns a transport failure into a readable message', async () => {
    setLocale('en');
    fakeRun({ failure: new Error('We are sorry, a server error occurred.') });
    await expect(call('getSidebarContext')).rejects.toThrow(
      'Could not reach the server: We are sorry, a server error occurred.. Please try again.',
    );
  });

  it('treats a null answer (a Date in the result) as a failure, not a value', async () => {
    fakeRun({ value: null });
    await expect(call('getSidebarContext')).rejects.toBeInstanceOf(RpcError);
  });

  it('says the sidebar needs Google Sheets when there is no google.script.run', async () => {
    await expect(call('getSidebarContext')).rejects.toThrow('Thanh bên chỉ chạy được bên trong Google Trang tính.');
  });

  it('reports busy while calls run and every failure to the listeners', async () => {
    const busy: boolean[] = [];
    const errors: string[] = [];
    onBusyChange((b) => busy.push(b));
    onCallError((m) => errors.push(m));
    fakeRun({ value: { ok: true, value: 1 } });
    await Promise.all([call('getSidebarContext'), call('getSidebarContext')]);
    expect(busy).toEqual([true, false]);
    fakeRun({ value: { ok: false, error: 'nope' } });
    await call('getSidebarContext').catch(() => undefined);
    expect(busy).toEqual([true, false, true, false]);
    expect(errors).toEqual(['nope']);
  });
});
