// The RPC contract between the sidebar and the server: every google.script.run target,
// with JSON-safe argument and result types (dates travel as ISO strings, never Date).
import type { Locale } from '../core/messages/index';

/** Every server call answers with this envelope, so the sidebar never sees a raw exception. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the sidebar learns when it opens. */
export interface SidebarContext {
  locale: Locale;
  userEmail: string;
  spreadsheetName: string;
}

/**
 * The server functions the sidebar may call: name → (arguments) → result value.
 * Each feature adds its entries here; the client is typed from this interface.
 */
export interface ServerApi {
  getSidebarContext(): SidebarContext;
}

export type ServerFunctionName = keyof ServerApi;

/**
 * The shape src/server/index.ts must export for ServerApi: each target answers with an
 * RpcResult of its value. A compile-time check in test/server/ holds the server to it.
 */
export type ServerHandlers = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => RpcResult<ReturnType<ServerApi[K]>>;
};
