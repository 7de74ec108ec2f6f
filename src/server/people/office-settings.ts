// The office's settings as google.script.run targets: who the office staff are (besides the
// spreadsheet's owner), and what the acting user may do.
import type { OfficeSettings, OfficeSettingsView } from '../../shared/rpc';
import { UserError } from '../rpc';
import { withDocumentLock } from '../tracking/lock';
import { userLocale } from '../locale';
import { applyUnitLocks, unitLocksOn } from './unit-locks';
import { accessOf, ownerEmail, readOfficeEmails, requireOffice, writeOfficeEmails } from './access';

const active = () => SpreadsheetApp.getActiveSpreadsheet();

/** google.script.run target: the office staff and the acting user's access. */
export function getOfficeSettings(): OfficeSettingsView {
  const ss = active();
  const access = accessOf(ss);
  return {
    officeEmails: readOfficeEmails(),
    unitLocks: unitLocksOn(),
    owner: ownerEmail(ss),
    you: { email: access.email, office: access.office, units: access.units.map((u) => u.name) },
  };
}

/**
 * google.script.run target (office only): stores the office staff's e-mails and, when
 * `unitLocks` is given, applies or removes "Khoá theo đơn vị" (applying again refreshes the
 * editors after members changed).
 */
export function saveOfficeSettings(input: OfficeSettings): OfficeSettingsView {
  const ss = active();
  requireOffice(ss);
  if (
    !input ||
    !Array.isArray(input.officeEmails) ||
    input.officeEmails.length > 200 ||
    !input.officeEmails.every((e) => typeof e === 'string' && e.length <= 320)
  ) {
    throw new UserError('permBadOffice');
  }
  if (input.unitLocks !== undefined && typeof input.unitLocks !== 'boolean') throw new UserError('permBadOffice');
  writeOfficeEmails(input.officeEmails);
  const locks =
    input.unitLocks === undefined ? null : withDocumentLock(() => applyUnitLocks(ss, input.unitLocks!, userLocale()));
  return {
    ...getOfficeSettings(),
    ...(locks ? { lockWarningOnly: locks.warningOnly, protections: locks.protections } : {}),
  };
}
