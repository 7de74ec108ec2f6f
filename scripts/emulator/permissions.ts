// Who may edit what: the spreadsheet's owner and editors, the domain that owns it, and the
// protections a write or a UI edit meets (facts P1–P4 and the Protection reference).
// https://developers.google.com/apps-script/reference/spreadsheet/protection
import type { Ctx } from './context';
import { fail } from './errors';
import type { GridBox, ProtectionSpec } from './state';

/** The real text of a write into cells the acting user may not edit. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** The owner's e-mail, or null (a spreadsheet in a shared drive has no owner). */
export function ownerEmail(ctx: Ctx): string | null {
  return ctx.state.spreadsheet.owner ?? null;
}

/** The Google Workspace domain that owns the spreadsheet, or null for a consumer (gmail.com) owner. */
export function spreadsheetDomain(ctx: Ctx): string | null {
  const owner = ownerEmail(ctx);
  if (!owner) return null;
  const domain = domainOf(owner);
  return CONSUMER_DOMAINS.has(domain) ? null : domain;
}

/**
 * "Throws an exception if the spreadsheet does not belong to a Google Workspace domain (that is,
 * if it is owned by a gmail.com account)" — canDomainEdit and setDomainEdit.
 */
export function requireDomain(ctx: Ctx, method: string): void {
  if (!spreadsheetDomain(ctx))
    fail(`Exception: ${method} is only available for spreadsheets owned by a Google Workspace domain.`);
}

/**
 * Whether the acting user may edit what `spec` protects: the owner always can; until the
 * script changes the editors the permissions mirror the spreadsheet's (the acting user has it
 * open to edit); then listed editors, and users of the owning domain when domain editing is on.
 * A warning-only protection lets everyone edit.
 */
export function canEditProtection(ctx: Ctx, spec: ProtectionSpec): boolean {
  const user = ctx.state.user.email.toLowerCase();
  if (spec.warningOnly || !spec.editorsSet) return true;
  if (user !== '' && user === ownerEmail(ctx)?.toLowerCase()) return true;
  if (spec.editors.some((e) => e.toLowerCase() === user)) return true;
  const domain = spreadsheetDomain(ctx);
  return spec.domainEdit && domain !== null && user !== '' && domainOf(user) === domain;
}

function overlaps(a: GridBox, b: GridBox): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

function inside(inner: GridBox, outer: GridBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

/** Refuses a change of `box` (script write or UI edit) that meets a protection the acting user may not edit. */
export function requireEditable(ctx: Ctx, box: GridBox): void {
  const sheet = ctx.state.spreadsheet.sheets.find((s) => s.id === box.sheetId);
  if (!sheet) return;
  for (const p of sheet.protections) {
    const hit = p.type === 'RANGE' ? overlaps(p.box, box) : !p.unprotected.some((u) => inside(box, u));
    if (hit && !canEditProtection(ctx, p)) fail(PROTECTED_MESSAGE);
  }
}
