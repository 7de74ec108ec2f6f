// Sidebar: the plan import and review.
import { el } from '../dom';
import { t } from '../i18n';
import type { TabContext } from './types';

/** Fills the panel with the plan import and review. */
export function mountImportTab(panel: HTMLElement, _tab: TabContext): void {
  panel.append(el('p', { class: 'secondary' }, [t('tabComingSoon')]));
}
