// Sidebar progress tab: the user picks a unit once (remembered per user), sees that unit's tasks,
// overdue and due-soon first, and updates one task's state, progress, date, result and evidence.
import { evaluationLabel, stateLabel } from '../../core/columns';
import { formatDate } from '../../core/dates';
import { TASK_STATES } from '../../core/types';
import type { ProgressTask, ProgressView } from '../../shared/rpc';
import { el, replaceChildren, type Child } from '../dom';
import { currentLocale, t } from '../i18n';
import { call } from '../rpc';
import type { TabContext } from './types';
import { extensionForm, extensionNote } from './office';

/** Fills the panel with the unit picker, the unit's tasks and the update form. */
export function mountProgressTab(panel: HTMLElement, _tab: TabContext): () => void {
  const pickers = el('div', { class: 'block' });
  const list = el('div', { class: 'task-list', role: 'list' });
  const note = el('p', { class: 'secondary', role: 'status', id: 'progress-note' });
  panel.append(pickers, note, list);
  let view: ProgressView | null = null;

  const load = async (request: { planKey?: string | null; unit?: string | null }): Promise<void> => {
    try {
      view = await call('getProgressView', request);
      render();
    } catch {
      // The status strip shows the message.
    }
  };

  const render = (): void => {
    if (!view) return;
    const current = view;
    const planSelect = el(
      'select',
      { id: 'progress-plan', onchange: () => void load({ planKey: planSelect.value }) },
      current.plans.map((p) => el('option', { value: p.key, selected: p.key === current.planKey }, [p.title])),
    );
    const unitSelect = el(
      'select',
      { id: 'progress-unit', onchange: () => void load({ planKey: current.planKey, unit: unitSelect.value || null }) },
      [
        el('option', { value: '' }, [t('trkPickUnit')]),
        ...current.units.map((u) => el('option', { value: u, selected: u === current.unit }, [u])),
      ],
    );
    replaceChildren(
      pickers,
      current.plans.length === 0
        ? []
        : [
            current.plans.length > 1 ? el('label', { for: 'progress-plan' }, [t('trkPlan')]) : null,
            current.plans.length > 1 ? planSelect : null,
            el('label', { for: 'progress-unit' }, [t('trkUnit')]),
            unitSelect,
          ],
    );
    // A sheet changed by hand: what changed and how to repair it, instead of the tasks.
    if (current.sheetProblems) {
      replaceChildren(note, [current.sheetProblems.join(' ')]);
      list.replaceChildren();
      return;
    }
    replaceChildren(
      note,
      current.plans.length === 0
        ? [t('trkNoPlan')]
        : !current.office && current.units.length === 0
          ? [t('trkNotMember')]
          : current.unit && current.tasks.length === 0
            ? [t('trkNoTasks')]
            : [],
    );
    // Tasks the unit leads (it updates them), then, apart, the tasks it supports (read only).
    const support =
      current.supportTasks.length === 0
        ? []
        : [
            el('h4', { id: 'progress-support' }, [t('trkSupportTasks', { count: current.supportTasks.length })]),
            ...current.supportTasks.map((task) =>
              el('div', { class: 'task-item block support', role: 'listitem', 'data-code': task.code }, [
                el('strong', {}, [task.code]),
                ` ${task.title}`,
                el('div', { class: 'secondary task-meta' }, taskMeta(task)),
              ]),
            ),
          ];
    replaceChildren(list, [...current.tasks.map((task) => taskItem(current, task)), ...support]);
  };

  const taskItem = (current: ProgressView, task: ProgressTask): HTMLElement => {
    const item = el('div', { class: 'task-item block', role: 'listitem', 'data-code': task.code });
    const summary = el('button', { type: 'button', class: 'link task-summary', 'aria-expanded': 'false' }, [
      el('strong', {}, [task.code]),
      ` ${task.title}`,
    ]);
    const meta = el('div', { class: 'secondary task-meta' }, taskMeta(task));
    const formSlot = el('div');
    const toggle = (open: boolean): void => {
      summary.setAttribute('aria-expanded', String(open));
      replaceChildren(
        formSlot,
        open
          ? [
              taskForm(current, task, (saved) => {
                // Only this entry changes: other open forms keep what was typed in them.
                Object.assign(task, saved);
                replaceChildren(meta, taskMeta(task));
                toggle(false);
                replaceChildren(note, [t('trkSaved', { code: saved.code })]);
              }),
            ]
          : [],
      );
    };
    summary.addEventListener('click', () => toggle(summary.getAttribute('aria-expanded') !== 'true'));
    item.append(summary, meta, formSlot);
    return item;
  };

  void load({});
  // Shown again: read the plans anew (one may have been made since), unless a form is open.
  return () => {
    if (!list.querySelector('form')) void load({ planKey: view?.planKey, unit: view?.unit });
  };
}

/** The entry's summary: state, percent, deadline, evaluation, and who updated it when. */
function taskMeta(task: ProgressTask): Child[] {
  const facts = [
    task.state ? stateLabel(task.state, currentLocale()) : null,
    task.percent === null ? null : `${task.percent}%`,
    task.due ? t('trkDue', { date: formatDate(task.due) }) : t('trkNoDue'),
  ].filter(Boolean);
  return [
    el('span', { class: 'task-facts' }, [facts.join(' · '), ' · ']),
    el('span', { class: `evaluation eval-${task.evaluation}` }, [evaluationLabel(task.evaluation, currentLocale())]),
    extensionNote(task),
    task.updatedAt
      ? el('div', { class: 'task-updated' }, [
          t('trkUpdated', {
            user: task.updatedBy || t('logUnknownUser'),
            date: task.updatedOn ? formatDate(task.updatedOn) : '',
          }),
        ])
      : null,
  ];
}

/** The update form of one task; `onSaved` receives the task as the server stored it. */
function taskForm(view: ProgressView, task: ProgressTask, onSaved: (task: ProgressTask) => void): HTMLElement {
  const id = (name: string) => `task-${task.code.replace(/[^\w-]/g, '_')}-${name}`;
  const state = el('select', { id: id('state') }, [
    el('option', { value: '' }, ['—']),
    ...TASK_STATES.map((s) => el('option', { value: s, selected: s === task.state }, [stateLabel(s, currentLocale())])),
  ]);
  const percent = el('input', {
    id: id('percent'),
    type: 'number',
    min: 0,
    max: 100,
    step: 1,
    value: task.percent ?? '',
  });
  const completedOn = el('input', {
    id: id('completed'),
    type: 'date',
    max: view.today,
    value: task.completedOn ?? '',
  });
  const result = el('textarea', { id: id('result'), rows: 3 }, [task.result]);
  const evidence = el('input', { id: id('evidence'), type: 'text', value: task.evidence });
  const message = el('p', { class: 'secondary', role: 'status' });
  state.addEventListener('change', () => {
    // Done: the completion date defaults to today and progress to 100.
    if (state.value === 'done') {
      if (!completedOn.value) completedOn.value = view.today;
      if (!percent.value) percent.value = '100';
    }
  });
  const save = el('button', { type: 'button', class: 'action', id: id('save') }, [t('trkSave')]);
  save.addEventListener('click', () => {
    save.disabled = true;
    replaceChildren(message, [t('uiWorking')]);
    call('saveProgress', {
      planKey: view.planKey ?? '',
      code: task.code,
      rowId: task.rowId,
      state: state.value || null,
      percent: percent.value === '' ? null : Number(percent.value),
      completedOn: completedOn.value || null,
      result: result.value,
      evidence: evidence.value,
      baseline: task.baseline,
    }).then(
      (answer) => onSaved(answer.task),
      (error: Error) => {
        message.className = 'error';
        replaceChildren(message, [error.message]);
        save.disabled = false;
      },
    );
  });
  return el('form', { class: 'task-form', onsubmit: (e) => e.preventDefault() }, [
    el('label', { for: id('state') }, [t('trkState')]),
    state,
    el('label', { for: id('percent') }, [t('trkPercent')]),
    percent,
    el('label', { for: id('completed') }, [t('trkCompletedOn')]),
    completedOn,
    el('label', { for: id('result') }, [t('trkResult')]),
    result,
    el('label', { for: id('evidence') }, [t('trkEvidence')]),
    evidence,
    el('div', { class: 'block' }, [save]),
    message,
    extensionForm(view.planKey ?? '', task, view.today),
  ]);
}
