// Writing document properties within Google's limits (9 KB a value, 500 KB a store): values
// that would not fit are refused with a message before anything is written, never half-stored.
import { PLATFORM_LIMITS, utf8Bytes } from '../../shared/schemas';
import { UserError } from '../rpc';
import { currentTransaction } from '../sheets/transaction';

/** Stores every key → value in the document properties at once, or refuses with the user's message. */
export function putDocumentProperties(values: Record<string, string>): void {
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  let total = 0;
  for (const [key, value] of Object.entries(values)) {
    const size = utf8Bytes(value);
    if (size > PLATFORM_LIMITS.propertyBytes)
      throw new UserError('valPropertyTooBig', { size: Math.ceil(size / 1024) });
    total += utf8Bytes(key) + size;
  }
  for (const [k, v] of Object.entries(stored)) {
    if (!(k in values)) total += utf8Bytes(k) + utf8Bytes(String(v));
  }
  if (total > PLATFORM_LIMITS.storeBytes) throw new UserError('valStoreFull');
  const keys = Object.keys(values);
  // Inside a write operation the previous values come back if it fails (sheets/transaction).
  currentTransaction()?.onUndo(() => {
    for (const key of keys) {
      if (key in stored) props.setProperty(key, String(stored[key]));
      else props.deleteProperty(key);
    }
  });
  const [only] = keys;
  if (keys.length === 1 && only !== undefined) props.setProperty(only, values[only] ?? '');
  else props.setProperties(values);
}

/** Stores one document property within the limits (see putDocumentProperties). */
export function putDocumentProperty(key: string, value: string): void {
  putDocumentProperties({ [key]: value });
}
