// Sidebar overdue tab: runs the overdue check and lists overdue and due-soon tasks; each item
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
  replaceChildren(target, [
    el('p', { class: 'secondary', role: 'status' }, [
      t('trkCheckedAt', { date: formatDate(report.today), overdue: report.overdue, dueSoon: report.dueSoon }),
    ]),
    report.items.length === 0 ? el('p', {}, [t('trkNothingLate')]) : null,
    ...groupByUnit(report.items).map(([unit, items]) => unitGroup(unit, items)),
  ]);
}

/** The items by lead unit, units in alphabetical order and tasks with no unit last; overdue before due soon within a unit. */
function groupByUnit(items: OverdueItem[]): [string | null, OverdueItem[]][] {
  const groups = new Map<string | null, OverdueItem[]>();
  for (const item of items) {
    const unit = item.unit?.trim() || null;
    groups.set(unit, [...(groups.get(unit) ?? []), item]);
  }
  const rank = (i: OverdueItem) => (i.category === 'overdue' ? 0 : 1);
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'vi')))
    .map(([unit, list]) => [unit, list.sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due))]);
}

function unitGroup(unit: string | null, items: OverdueItem[]): HTMLElement {
  const overdue = items.filter((i) => i.category === 'overdue').length;
  const counts = [
    overdue ? t('trkUnitOverdue', { count: overdue }) : '',
    overdue < items.length ? t('trkUnitDueSoon', { count: items.length - overdue }) : '',
  ].filter(Boolean);
  return el('div', { class: 'block unit-group' }, [
    el('h3', {}, [`${unit ?? t('trkNoUnit')} — ${counts.join(', ')}`]),
    el(
      'ul',
      { class: 'overdue-list' },
      items.map((item) =>
        el('li', { 'data-code': item.code, 'data-category': item.category }, [
          el(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => void call('goToTask', item.planKey, item.code).catch(() => undefined),
            },
            [`${item.code} ${item.title}`],
          ),
          el('div', { class: 'secondary' }, [
            el('span', { class: `evaluation eval-${item.category}` }, [
              t(item.category === 'overdue' ? 'trkOverdueHeading' : 'trkDueSoonHeading'),
            ]),
            ` · ${t('trkDue', { date: formatDate(item.due) })}`,
          ]),
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
