// The RPC boundary: every google.script.run target's arguments are parsed with its schema
// (src/shared/schemas.ts) before the target runs; a refusal names the field in the user's language.
import * as v from 'valibot';
import { msg, type MessageKey } from '../../core/messages/index';
import { RPC_ARGUMENTS, RPC_ARGUMENT_NAMES } from '../../shared/schemas';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import { listPlanSheets } from '../sheets/task-sheet';

/** Message keys a schema may name; anything else is reported as a generic bad field. */
const SCHEMA_MESSAGES = new Set<string>([
  'valMissing',
  'valBadInput',
  'valTooLong',
  'valPercent',
  'valDate',
  'valNotStartedPercent',
  'valDoneBelow100',
  'valCompletedNeedsDone',
  'valPropertyTooBig',
  'trkBadState',
  'trkBadDays',
]);

/** Field names shown with the words the sidebar uses for them. */
const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  state: 'trkState',
  percent: 'trkPercent',
  completedOn: 'trkCompletedOn',
  result: 'trkResult',
  evidence: 'trkEvidence',
};

function fieldOf(issue: v.BaseIssue<unknown>, argumentNames: readonly string[]): string {
  const path = issue.path ?? [];
  const named = [...path].reverse().find((item) => typeof item.key === 'string');
  if (named) {
    const key = String(named.key);
    const label = FIELD_LABELS[key];
    return label ? msg(label, userLocale()) : key;
  }
  const position = typeof path[0]?.key === 'number' ? (path[0].key as number) : 0;
  return argumentNames[position] ?? `#${position + 1}`;
}

/** The user's message for the first problem a schema found. */
export function issueError(issue: v.BaseIssue<unknown>, argumentNames: readonly string[]): UserError {
  const key = (SCHEMA_MESSAGES.has(issue.message) ? issue.message : 'valBadInput') as MessageKey;
  const input = issue.input as { percent?: unknown } | null;
  const params: Record<string, string | number> = { field: fieldOf(issue, argumentNames) };
  if (typeof issue.requirement === 'number') params.max = issue.requirement;
  if (input && typeof input === 'object' && typeof input.percent === 'number') params.percent = input.percent;
  if (key === 'valPropertyTooBig') params.size = Math.ceil(JSON.stringify(issue.input ?? '').length / 1024);
  return new UserError(key, params);
}

type RpcName = keyof typeof RPC_ARGUMENTS;

/**
 * Wraps a google.script.run target so that its arguments are parsed with its schema first;
 * the target receives the parsed values (defaults filled, unknown fields dropped).
 */
export function checked<A extends unknown[], T>(name: RpcName, fn: (...args: A) => T): (...args: A) => T {
  const schema = RPC_ARGUMENTS[name] as v.GenericSchema;
  return (...args: A): T => {
    const result = v.safeParse(schema, args);
    if (!result.success) throw issueError(result.issues[0], RPC_ARGUMENT_NAMES[name]);
    return fn(...(result.output as A));
  };
}

/**
 * Wraps a target whose first argument names a plan: a key that is no task sheet of this
 * spreadsheet is refused before anything is stored (settings under made-up keys would
 * otherwise fill the document's property store).
 */
export function knownPlan<A extends [{ planKey: string }, ...unknown[]], T>(fn: (...args: A) => T): (...args: A) => T {
  return (...args: A): T => {
    const planKey = args[0].planKey;
    if (!listPlanSheets(SpreadsheetApp.getActiveSpreadsheet()).some((p) => p.planKey === planKey)) {
      throw new UserError('valUnknownPlan', { planKey: planKey.slice(0, 80) });
    }
    return fn(...args);
  };
}
