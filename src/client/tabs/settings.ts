// Sidebar: settings (due-soon window, daily check, e-mail digest, language).
import { el } from '../dom';
import { t } from '../i18n';
import type { TabContext } from './types';

/** Fills the panel with settings (due-soon window, daily check, e-mail digest, language). */
export function mountSettings(panel: HTMLElement, _tab: TabContext): void {
  panel.append(el('p', { class: 'secondary' }, [t('tabComingSoon')]));
}
