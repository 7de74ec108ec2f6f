// Who the user is to the add-on: office staff (the role in the settings, the spreadsheet's owner
// by default) see and update every unit; anyone else is a member of the units whose members'
// list has their e-mail, and sees and updates only those units' tasks.
import { resolveUnits, unitsOfMember, type UnitEntry } from '../../core/units';
import type { TaskRecord } from '../../core/types';
import { emailsIn } from '../../core/units';
import { UserError } from '../rpc';
import { readUnits } from '../sheets/units-sheet';
import type { Spreadsheet } from '../sheets/gas';

const OFFICE_KEY = 'planTracker.officeEmails';

/** What the acting user may see and update. */
export interface Access {
  email: string;
  /** Office staff: every unit. */
  office: boolean;
  /** The units the user is a member of. */
  units: UnitEntry[];
}

/** The acting user's e-mail, lower case ('' when Apps Script cannot tell). */
export function currentEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim().toLowerCase();
  } catch {
    return '';
  }
}

/** The office staff's e-mails entered in the settings (the owner is office staff besides). */
export function readOfficeEmails(): string[] {
  return emailsIn(PropertiesService.getDocumentProperties().getProperty(OFFICE_KEY) ?? '');
}

/** Stores the office staff's e-mails; returns what was stored. */
export function writeOfficeEmails(emails: readonly string[]): string[] {
  const clean = emailsIn(emails.join(','));
  PropertiesService.getDocumentProperties().setProperty(OFFICE_KEY, clean.join(','));
  return clean;
}

/** The spreadsheet's owner (null in a shared drive). */
export function ownerEmail(ss: Spreadsheet): string | null {
  try {
    return ss.getOwner()?.getEmail().trim().toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * The acting user's access. Office staff: the e-mails in the settings and the owner. With no
 * office named and no owner to tell (a shared drive), everyone is office staff, as before
 * permissions existed, until the office names itself.
 */
export function accessOf(ss: Spreadsheet, units: readonly UnitEntry[] = readUnits(ss)): Access {
  const email = currentEmail();
  const office = readOfficeEmails();
  const owner = ownerEmail(ss);
  const isOffice =
    (email !== '' && (office.includes(email) || owner === email)) || (office.length === 0 && owner === null);
  return { email, office: isOffice, units: unitsOfMember(units, email) };
}

/** Refuses what only the office may do. */
export function requireOffice(ss: Spreadsheet): Access {
  const access = accessOf(ss);
  if (!access.office) throw new UserError('permOfficeOnly');
  return access;
}

/** Whether the user leads `record` (is a member of a unit its lead names), or is office staff. */
export function canUpdate(access: Access, units: readonly UnitEntry[], record: Pick<TaskRecord, 'leadUnit'>): boolean {
  if (access.office) return true;
  const leads = resolveUnits(units, record.leadUnit);
  return leads.some((u) => access.units.includes(u));
}
