// Sidebar: report settings and the list of reports made.
import { el } from '../dom';
import { t } from '../i18n';
import type { TabContext } from './types';

/** Fills the panel with report settings and the list of reports made. */
export function mountReportTab(panel: HTMLElement, _tab: TabContext): void {
  panel.append(el('p', { class: 'secondary' }, [t('tabComingSoon')]));
}
