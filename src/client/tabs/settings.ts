// Sidebar settings: the due-soon window, the daily check and the e-mail digest; below, the
// units that look like one, offered for merging.
import type { TrackingSettingsView } from '../../shared/rpc';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { call } from '../rpc';
import type { TabContext } from './types';
import { mountUnitMerge } from './unit-merge';
import { mountOfficeSettings } from './office';

/** Fills the panel with the tracking settings. */
export function mountSettings(panel: HTMLElement, _tab: TabContext): void {
  const days = el('input', { id: 'settings-days', type: 'number', min: 0, max: 60, step: 1 });
  const daily = el('input', { id: 'settings-daily', type: 'checkbox' });
  const digest = el('input', { id: 'settings-digest', type: 'checkbox' });
  const status = el('p', { class: 'secondary', role: 'status' });
  const save = el('button', { type: 'button', class: 'action', id: 'settings-save' }, [t('trkSaveSettings')]);

  const show = (view: TrackingSettingsView, saved = false): void => {
    days.value = String(view.dueSoonDays);
    daily.checked = view.dailyCheck;
    digest.checked = view.digest;
    replaceChildren(status, [
      view.triggerInstalled ? t('trkTriggerOn', { hour: view.triggerHour }) : t('trkTriggerOff'),
      saved ? ` ${t('trkSettingsSaved')}` : '',
    ]);
  };

  save.addEventListener('click', () => {
    save.disabled = true;
    call('saveTrackingSettings', {
      dueSoonDays: Number(days.value),
      dailyCheck: daily.checked,
      digest: digest.checked,
    }).then(
      (view) => {
        show(view, true);
        save.disabled = false;
      },
      () => {
        save.disabled = false;
      },
    );
  });

  panel.append(
    el('div', { class: 'block' }, [el('label', { for: 'settings-days' }, [t('trkDueSoonDays')]), days]),
    el('div', { class: 'block' }, [daily, ' ', el('label', { for: 'settings-daily' }, [t('trkDailyCheck')])]),
    el('div', { class: 'block' }, [digest, ' ', el('label', { for: 'settings-digest' }, [t('trkDigest')])]),
    el('p', { class: 'secondary' }, [t('trkDigestHint')]),
    el('div', { class: 'block' }, [save]),
    status,
  );
  mountOfficeSettings(panel);
  const merges = el('section', { id: 'settings-unit-merge' });
  panel.append(merges);
  mountUnitMerge(merges);
  call('getTrackingSettings').then(
    (view) => show(view),
    () => undefined,
  );
}
