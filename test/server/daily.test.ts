// Specs of the daily check through the built add-on: its trigger belongs to one spreadsheet,
// and its digests respect the mail quota and are always recorded in the change log.
import { describe, expect, it } from 'vitest';
import { openAddOn, rpc } from './tracking-fixture';
import type { TrackingSettingsView } from '../../src/shared/rpc';
import type { LoadedBundle } from '../harness/load-bundle';

const NOW = '2023-06-01T02:00:00Z';
const ON = { dueSoonDays: 7, dailyCheck: true, digest: true };
const OFF = { ...ON, dailyCheck: false };

type TriggerRecord = { handler: string; documentId?: string };

function dailyTriggers(bundle: LoadedBundle): TriggerRecord[] {
  return (bundle.emulator.triggers() as TriggerRecord[]).filter((t) => t.handler === 'runDailyCheck');
}

describe('the daily trigger belongs to one spreadsheet', () => {
  it('installs in a second spreadsheet of the same user, and turning it off there leaves the first one its trigger', () => {
    const { bundle } = openAddOn(NOW);
    const first = bundle.emulator.state().spreadsheet.id;
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', ON).triggerInstalled).toBe(true);

    // The same user opens another plan's spreadsheet: its daily check is off until turned on there.
    const second = bundle.emulator.openSpreadsheet('Kế hoạch 2024');
    expect(rpc<TrackingSettingsView>(bundle, 'getTrackingSettings').triggerInstalled).toBe(false);
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', ON).triggerInstalled).toBe(true);
    rpc(bundle, 'saveTrackingSettings', ON); // saved again: never duplicated
    expect(dailyTriggers(bundle).map((t) => t.documentId).sort()).toEqual([first, second].sort());

    // Off in the second spreadsheet removes only its own trigger.
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', OFF).triggerInstalled).toBe(false);
    expect(dailyTriggers(bundle).map((t) => t.documentId)).toEqual([first]);

    bundle.emulator.activateSpreadsheet(first);
    expect(rpc<TrackingSettingsView>(bundle, 'getTrackingSettings').triggerInstalled).toBe(true);
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', OFF).triggerInstalled).toBe(false);
    expect(dailyTriggers(bundle)).toHaveLength(0);
  });
});
