// Changes to the units' e-mail addresses (contacts and members) are logged: the addresses last
// seen are kept in the document properties, and every difference found becomes a change-log row
// before any mail goes out.
import type { UnitEntry } from '../../core/units';
import { msg, type Locale } from '../../core/messages/index';
import type { LogEntry } from '../tracking/change-log';
import { currentTransaction } from '../sheets/transaction';

const KEY = 'planTracker.unitAddresses';

type Addresses = Record<string, string>;

function addressesOf(units: readonly UnitEntry[]): Addresses {
  const out: Addresses = {};
  for (const u of units) {
    const contacts = [...u.emails].sort().join(', ');
    const members = [...u.members].sort().join(', ');
    if (contacts) out[`${u.name}\u0000contacts`] = contacts;
    if (members) out[`${u.name}\u0000members`] = members;
  }
  return out;
}

/**
 * Log entries for every address that changed since last seen (the first time, every address is
 * "added"), and remembers the current addresses.
 */
export function addressChanges(units: readonly UnitEntry[], now: Date, user: string, locale: Locale): LogEntry[] {
  const props = PropertiesService.getDocumentProperties();
  let before: Addresses = {};
  try {
    before = JSON.parse(props.getProperty(KEY) ?? '{}') as Addresses;
  } catch {
    before = {};
  }
  const after = addressesOf(units);
  const entries: LogEntry[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if ((before[key] ?? '') === (after[key] ?? '')) continue;
    const [unit = '', kind = ''] = key.split('\u0000');
    entries.push({
      time: now,
      user,
      code: '',
      field: msg(kind === 'members' ? 'logUnitMembers' : 'logUnitContacts', locale, { unit }),
      oldValue: before[key] ?? '',
      newValue: after[key] ?? '',
    });
  }
  if (entries.length > 0) {
    // Inside the daily check's transaction the remembered addresses come back if it fails.
    const tx = currentTransaction();
    if (tx) tx.setProperty(props, KEY, JSON.stringify(after));
    else props.setProperty(KEY, JSON.stringify(after));
  }
  return entries;
}
