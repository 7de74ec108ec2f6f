// A cell typed by a person, as Sheets handles it: the emulator's user edit (validation and
// protection refuse with Sheets' message), then the add-on's onEdit as a simple trigger run for
// that user. Shared by the preview server and the scenario runner.
import type { LoadedBundle } from '../harness/load-bundle';

/**
 * Types `value` into `a1` of `sheet` as the emulator's current user. Throws Sheets' message when
 * the edit is refused (nothing changes). A failing onEdit does not undo the edit, as in Sheets:
 * its message is returned (Sheets logs it in the executions list).
 */
export function typeIntoCell(
  bundle: LoadedBundle,
  sheet: string,
  a1: string,
  value: unknown,
): { triggerError: string | null } {
  const event = bundle.emulator.userEdit(sheet, a1, value);
  try {
    if (bundle.functions.includes('onEdit')) bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
    return { triggerError: null };
  } catch (error) {
    return { triggerError: error instanceof Error ? error.message : String(error) };
  } finally {
    bundle.emulator.endExecution();
  }
}
