// The office's settings as google.script.run targets: who the office staff are (besides the
// spreadsheet's owner), and what the acting user may do.
import type { OfficeSettings, OfficeSettingsView } from '../../shared/rpc';
import { UserError } from '../rpc';
import { accessOf, ownerEmail, readOfficeEmails, requireOffice, writeOfficeEmails } from './access';

const active = () => SpreadsheetApp.getActiveSpreadsheet();

/** google.script.run target: the office staff and the acting user's access. */
export function getOfficeSettings(): OfficeSettingsView {
  const ss = active();
  const access = accessOf(ss);
  return {
    officeEmails: readOfficeEmails(),
    owner: ownerEmail(ss),
    you: { email: access.email, office: access.office, units: access.units.map((u) => u.name) },
  };
}

/** google.script.run target (office only): stores the office staff's e-mails. */
export function saveOfficeSettings(input: OfficeSettings): OfficeSettingsView {
  const ss = active();
  requireOffice(ss);
  if (!input || !Array.isArray(input.officeEmails) || input.officeEmails.length > 200 || !input.officeEmails.every((e) => typeof e === 'string' && e.length <= 320)) {
    throw new UserError('permBadOffice');
  }
  writeOfficeEmails(input.officeEmails);
  return getOfficeSettings();
}
