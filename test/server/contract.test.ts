// src/server/index.ts exports a handler for every ServerApi entry, typed from the contract.
import { expect, it } from 'vitest';
import type { ServerHandlers } from '../../src/shared/rpc';
import * as server from '../../src/server/index';

// The compile-time check: a missing or mistyped google.script.run target fails `npm test`.
const handlers: ServerHandlers = server;

it('exports a function for every google.script.run target', () => {
  for (const fn of Object.values(handlers)) expect(typeof fn).toBe('function');
});
