// Sidebar "Quá hạn": runs the overdue check and lists overdue and due-soon tasks; each item
// selects its row in the sheet.
import { formatDate } from '../../core/dates';
import type { OverdueItem, OverdueReport } from '../../shared/rpc';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { call } from '../rpc';
import type { TabContext } from './types';

/** Fills the panel with the check button and the overdue and due-soon list. */
export function mountOverdueTab(panel: HTMLElement, _tab: TabContext): void {
  const results = el('div', { id: 'overdue-results' });
  const run = el('button', { type: 'button', class: 'action', id: 'overdue-check' }, [t('trkRunCheck')]);
  run.addEventListener('click', () => {
    run.disabled = true;
    call('checkOverdue', null).then(
      (report) => {
        render(results, report);
        run.disabled = false;
        notifySheetChanged();
      },
      (error: Error) => {
        replaceChildren(results, [el('p', { class: 'error', role: 'alert' }, [error.message])]);
        run.disabled = false;
      },
    );
  });
  results.append(el('p', { class: 'secondary' }, [t('trkCheckHint')]));
  panel.append(el('div', { class: 'block' }, [run]), results);
}

function render(target: HTMLElement, report: OverdueReport): void {
  const overdue = report.items.filter((i) => i.category === 'overdue');
  const dueSoon = report.items.filter((i) => i.category === 'due_soon');
  replaceChildren(target, [
    el('p', { class: 'secondary', role: 'status' }, [
      t('trkCheckedAt', { date: formatDate(report.today), overdue: report.overdue, dueSoon: report.dueSoon }),
    ]),
    report.items.length === 0 ? el('p', {}, [t('trkNothingLate')]) : null,
    overdue.length ? section(t('trkOverdueHeading'), overdue) : null,
    dueSoon.length ? section(t('trkDueSoonHeading'), dueSoon) : null,
  ]);
}

function section(heading: string, items: OverdueItem[]): HTMLElement {
  return el('div', { class: 'block' }, [
    el('h3', {}, [heading]),
    el(
      'ul',
      { class: 'overdue-list' },
      items.map((item) =>
        el('li', { 'data-code': item.code }, [
          el('button', { type: 'button', class: 'link', onclick: () => void call('goToTask', item.planKey, item.code).catch(() => undefined) }, [
            `${item.code} ${item.title}`,
          ]),
          el('div', { class: 'secondary' }, [`${item.unit ?? t('trkNoUnit')} · ${t('trkDue', { date: formatDate(item.due) })}`]),
        ]),
      ),
    ),
  ]);
}

/** Tells a hosting page (the local preview) that the sheet changed. */
function notifySheetChanged(): void {
  try {
    window.parent?.postMessage({ type: 'plan-tracker:changed' }, '*');
  } catch {
    // Not hosted: nothing to tell.
  }
}
