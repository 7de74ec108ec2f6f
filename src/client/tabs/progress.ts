// Sidebar: my unit's tasks and the update form.
import { el } from '../dom';
import { t } from '../i18n';
import type { TabContext } from './types';

/** Fills the panel with my unit's tasks and the update form. */
export function mountProgressTab(panel: HTMLElement, _tab: TabContext): void {
  panel.append(el('p', { class: 'secondary' }, [t('tabComingSoon')]));
}
