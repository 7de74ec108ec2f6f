// Sidebar import tab: paste plan text or a Doc link, review the parsed tasks in a compact
// table (doubtful ones flagged; a row opens its form; ticked rows are edited at once), then
// create the task sheet, or preview and apply a re-import into the sheet that already tracks
// the plan. All text goes through textContent.
import { at } from '../../core/arrays';
import { RECURRENCES, type IsoDate, type Plan, type Recurrence } from '../../core/types';
import { formatDate } from '../../core/dates';
import type { SidebarMessageKey as MessageKey } from '../../core/messages/sidebar';
import { recurrenceLabel } from '../../core/columns';
import type { ParsedPlan, PlanSheetSummary, ReimportPreview, UnitOption } from '../../shared/rpc';
import { el, replaceChildren, type Child } from '../dom';
import { currentLocale, t } from '../i18n';
import { call } from '../rpc';
import {
  applyBulk,
  confirmFields,
  doubtsOf,
  dropTask,
  mergeUp,
  missingDue,
  parseTypedDate,
  rangeBetween,
  splitTask,
  splitUnits,
  withDefaultDues,
  type BulkEdit,
  type Doubt,
  type ReviewTask,
} from './import-review';
import { mountUnitMerge } from './unit-merge';
import type { TabContext } from './types';

interface ReviewState {
  plan: Plan;
  planKey: string;
  existing: PlanSheetSummary | null;
  /** Plan key of the sheet to update; null creates a new sheet. */
  target: string | null;
  units: UnitOption[];
  plans: PlanSheetSummary[];
}

/** Fills the panel with the plan import and review. */
export function mountImportTab(panel: HTMLElement, _tab: TabContext): void {
  const view = el('div', { class: 'import' });
  panel.append(view);
  showInput(view);
}

function message(kind: 'error' | 'secondary', text: string): HTMLElement {
  return el('p', { class: kind, role: kind === 'error' ? 'alert' : null }, [text]);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function showInput(view: HTMLElement, note?: Child): void {
  const text = el('textarea', { id: 'import-text', rows: 10 });
  const link = el('input', { id: 'import-doc', type: 'text', placeholder: 'https://docs.google.com/document/d/…' });
  const feedback = el('div', { class: 'feedback' }, [note]);
  const read = el('button', { id: 'import-read', type: 'button', class: 'action' }, [t('importRead')]);
  read.addEventListener('click', () => {
    const useDoc = link.value.trim() !== '' && text.value.trim() === '';
    if (!useDoc && text.value.trim() === '') {
      replaceChildren(feedback, [message('error', t('importTextMissing'))]);
      return;
    }
    read.disabled = true;
    const parsing = useDoc ? call('parsePlanDoc', link.value.trim()) : call('parsePlanText', text.value);
    Promise.all([
      parsing,
      call('getUnits').catch(() => [] as UnitOption[]),
      call('listPlans').catch(() => [] as PlanSheetSummary[]),
    ])
      .then(([parsed, units, plans]) => showReview(view, start(parsed, units, plans)))
      .catch((error) => replaceChildren(feedback, [message('error', describe(error))]))
      .finally(() => (read.disabled = false));
  });
  replaceChildren(view, [
    el('p', { class: 'secondary' }, [t('importIntro')]),
    el('label', { for: 'import-text' }, [t('importTextLabel')]),
    text,
    el('label', { for: 'import-doc' }, [t('importDocLabel')]),
    link,
    el('div', { class: 'block', style: 'margin-top:8px' }, [read]),
    feedback,
  ]);
}

function start(parsed: ParsedPlan, units: UnitOption[], plans: PlanSheetSummary[]): ReviewState {
  return {
    plan: withDefaultDues(parsed.plan),
    planKey: parsed.planKey,
    existing: parsed.existing,
    target: parsed.existing?.planKey ?? null,
    units,
    plans,
  };
}

function textInput(value: string, onInput: (v: string) => void, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = el('input', { type: 'text', ...attrs });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, [label, control]);
}

/** The label of each doubt a flagged task shows. */
const DOUBT_LABELS: Record<Doubt, MessageKey> = {
  task: 'importDoubtTask',
  lead: 'importDoubtLead',
  due: 'importDoubtDue',
  missingDue: 'importDoubtMissingDue',
};

/**
 * A dd/MM/yyyy text field: a typed date is checked when the field is left; a wrong one is
 * explained under it and never replaces the current date, and an emptied field gets it back.
 */
function dateField(
  current: () => IsoDate | null,
  onDate: (date: IsoDate) => void,
  attrs: Record<string, string>,
): [HTMLInputElement, HTMLElement] {
  const input = el('input', { type: 'text', placeholder: t('importDateHint'), ...attrs });
  const note = el('p', { class: 'error', role: 'alert' });
  const show = (date: IsoDate | null): string => (input.value = date ? formatDate(date) : '');
  show(current());
  input.addEventListener('change', () => {
    const typed = input.value.trim();
    const date = parseTypedDate(typed);
    input.setAttribute('aria-invalid', String(!date && typed !== ''));
    note.textContent = date ? '' : typed ? t('importDateInvalid', { value: typed }) : t('importDateEmpty');
    if (date) onDate(date);
    else if (!typed) show(current());
  });
  return [input, note];
}

/** A checkbox with its label beside it. */
function checkbox(id: string, label: string, checked: boolean): [HTMLInputElement, HTMLElement] {
  const box = el('input', { type: 'checkbox', id, checked });
  return [box, el('label', { for: id }, [label])];
}

function showReview(view: HTMLElement, state: ReviewState): void {
  const plan = state.plan as Plan & { tasks: ReviewTask[] };
  const feedback = el('div', { class: 'feedback' });
  const registry = new Map(state.units.map((u) => [u.name, u.shortName]));
  const suggestions = new Set([
    ...registry.keys(),
    ...plan.tasks.flatMap((task) => [task.leadUnit ?? '', ...task.supportUnits]),
  ]);
  suggestions.delete('');
  const unitList = el(
    'datalist',
    { id: 'import-units' },
    [...suggestions].map((name) => el('option', { value: name })),
  );
  // A list of supporting units is suggested unit by unit: each option is what was typed up to the last ";" plus a unit.
  const supportList = el('datalist', { id: 'import-support-units' });
  const supportField = (input: HTMLInputElement): HTMLInputElement => {
    const suggest = (): void => {
      const typed = input.value.slice(0, input.value.lastIndexOf(';') + 1);
      replaceChildren(
        supportList,
        [...suggestions].map((name) => el('option', { value: typed ? `${typed} ${name}` : name })),
      );
    };
    input.setAttribute('list', 'import-support-units');
    input.addEventListener('input', suggest);
    input.addEventListener('focus', suggest);
    return input;
  };

  const header = el('div', { class: 'block' }, [
    field(
      t('importPlanNumber'),
      textInput(plan.number ?? '', (v) => (plan.number = v.trim() || null), { id: 'import-number' }),
    ),
    field(
      t('importPlanTitle'),
      textInput(plan.title, (v) => (plan.title = v), { id: 'import-title' }),
    ),
    field(
      t('importPlanYear'),
      (() => {
        const year = el('input', { type: 'number', id: 'import-year', min: 1900, max: 2200 });
        year.value = plan.year ? String(plan.year) : '';
        year.addEventListener('input', () => (plan.year = /^\d{4}$/.test(year.value) ? Number(year.value) : null));
        return year;
      })(),
    ),
  ]);

  const warnings = plan.warnings.length
    ? el('div', { class: 'block warnings' }, [
        el('strong', {}, [t('importWarnings')]),
        el(
          'ul',
          {},
          plan.warnings.map((w) => el('li', { class: 'secondary' }, [w])),
        ),
      ])
    : null;

  // The table: one row per task; a click opens the row's form below it. Indexes are plan order.
  const selected = new Set<number>();
  let open: number | null = null;
  let anchor: number | null = null;
  let rows: HTMLTableRowElement[] = [];
  let boxes: HTMLInputElement[] = [];
  const [onlyDoubts, onlyDoubtsLabel] = checkbox('import-only-doubts', '', false);
  const visible = (): number[] =>
    plan.tasks.flatMap((task, i) => (!onlyDoubts.checked || doubtsOf(task).length ? [i] : []));
  const count = el('p', { class: 'secondary', id: 'import-count' });
  const doubtFilter = el('div', {}, [onlyDoubts, onlyDoubtsLabel]);
  const countDoubts = (): void => {
    const doubtful = plan.tasks.filter((task) => doubtsOf(task).length).length;
    onlyDoubtsLabel.textContent = t('importDoubtFilter', { count: doubtful });
    doubtFilter.hidden = doubtful === 0 && !onlyDoubts.checked;
  };

  const summarize = (i: number): void => {
    const task = at(plan.tasks, i);
    const doubts = doubtsOf(task);
    const row = at(rows, i);
    const lead = task.leadUnit ?? '';
    row.className = doubts.length ? 'doubt' : '';
    replaceChildren(row, [
      el('td', {}, [boxes[i]]),
      el('td', { class: 'task-code' }, [task.ref]),
      el('td', {}, [
        el('div', { class: 'task-title' }, [task.title]),
        el('div', { class: 'task-meta' }, [
          el('span', { class: 'task-lead' }, [registry.get(lead) || lead]),
          el('span', { class: 'task-due' }, [
            task.due ? formatDate(task.due) : task.noDue ? t('importNoDueShort') : '—',
          ]),
        ]),
        doubts.length
          ? el('div', { class: 'doubt-reasons' }, [doubts.map((d) => t(DOUBT_LABELS[d])).join('; ')])
          : null,
      ]),
    ]);
    row.setAttribute('aria-expanded', String(open === i));
  };
  const changed = (i: number): void => {
    summarize(i);
    countDoubts();
  };

  const body = el('tbody');
  const [selectAll] = checkbox('import-select-all', '', false);
  selectAll.setAttribute('aria-label', t('importSelectAll'));
  const syncSelection = (): void => {
    boxes.forEach((box, i) => (box.checked = selected.has(i)));
    const shown = visible();
    selectAll.checked = shown.length > 0 && shown.every((i) => selected.has(i));
    selectAll.indeterminate = !selectAll.checked && shown.some((i) => selected.has(i));
    bulk.hidden = selected.size === 0;
    bulkTitle.textContent = t('importBulkSelected', { count: selected.size });
  };
  const clearSelection = (): void => {
    selected.clear();
    syncSelection();
  };
  selectAll.addEventListener('change', () => {
    for (const i of visible()) selectAll.checked ? selected.add(i) : selected.delete(i);
    syncSelection();
  });

  const toggle = (i: number): void => {
    body.querySelector('.task-form')?.remove();
    const was = open;
    open = open === i ? null : i;
    if (was !== null) rows[was]?.setAttribute('aria-expanded', 'false');
    if (open === null) return;
    at(rows, i).setAttribute('aria-expanded', 'true');
    at(rows, i).after(el('tr', { class: 'task-form' }, [el('td', { colspan: 3 }, [taskForm(i)])]));
  };

  const redraw = (): void => {
    boxes = plan.tasks.map((task, i) => {
      const box = el('input', { type: 'checkbox', 'aria-label': task.ref });
      box.addEventListener('click', (event) => {
        const run = event.shiftKey && anchor !== null ? rangeBetween(visible(), anchor, i) : [i];
        for (const j of run) box.checked ? selected.add(j) : selected.delete(j);
        anchor = i;
        syncSelection();
      });
      return box;
    });
    rows = plan.tasks.map((task, i) =>
      el('tr', {
        'data-code': task.ref,
        tabindex: 0,
        onclick: (event) => (event.target as Element).closest('input') || toggle(i),
        onkeydown: (event) => (event as KeyboardEvent).key === 'Enter' && event.target === rows[i] && toggle(i),
      }),
    );
    // Nothing left to review: the filter goes and every task shows again.
    if (!plan.tasks.some((task) => doubtsOf(task).length)) onlyDoubts.checked = false;
    countDoubts();
    const shown = visible();
    shown.forEach(summarize);
    replaceChildren(
      body,
      shown.map((i) => rows[i]),
    );
    const reopen = open;
    open = null;
    if (reopen !== null && shown.includes(reopen)) toggle(reopen);
    replaceChildren(count, [t('importTasksCount', { count: plan.tasks.length, reports: plan.reports.length })]);
    syncSelection();
  };
  const edit = (next: ReviewTask[]): void => {
    plan.tasks = next;
    selected.clear();
    open = anchor = null;
    redraw();
  };
  onlyDoubts.addEventListener('change', redraw);

  const taskForm = (i: number): HTMLElement => {
    const task = at(plan.tasks, i);
    /** Applies an edit of the form, marks its field as checked, and redraws the row above. */
    const update = (apply: () => void, checked?: 'lead' | 'due'): void => {
      apply();
      if (checked) confirmFields(task, [checked]);
      changed(i);
    };
    const recurrence = el('select', {}, [
      el('option', { value: '' }, [t('importRecurrenceNone')]),
      ...RECURRENCES.map((r) => el('option', { value: r }, [recurrenceLabel(r, currentLocale())])),
    ]);
    recurrence.value = task.recurrence ?? '';
    recurrence.addEventListener('change', () => (task.recurrence = (recurrence.value || null) as Recurrence | null));
    const [due, dueNote] = dateField(
      () => task.due,
      (date) => update(() => (task.due = date), 'due'),
      { class: 'task-due-input', 'aria-label': t('importDue') },
    );
    // Unticking "no deadline" brings back the date it replaced.
    let replaced = task.due;
    const [noDue, noDueLabel] = checkbox(`import-no-due-${i}`, t('importNoDue'), !!task.noDue);
    noDue.classList.add('task-no-due');
    due.disabled = noDue.checked;
    noDue.addEventListener('change', () =>
      update(() => {
        if (noDue.checked) replaced = task.due ?? replaced;
        task.noDue = noDue.checked;
        task.due = noDue.checked ? null : replaced;
        due.disabled = noDue.checked;
        due.value = task.due ? formatDate(task.due) : '';
      }, 'due'),
    );
    const doubts = doubtsOf(task).filter((d) => d !== 'missingDue');
    const clear = el('button', { type: 'button', class: 'link' }, [t('importDoubtClear')]);
    clear.addEventListener('click', () => {
      confirmFields(task, ['task', 'lead', 'due']);
      clear.parentElement?.remove();
      changed(i);
    });
    return el('div', {}, [
      doubts.length
        ? el('p', { class: 'doubt-reasons' }, [doubts.map((d) => t(DOUBT_LABELS[d])).join('; '), ' ', clear])
        : null,
      el('p', { class: 'secondary' }, [task.text]),
      field(
        t('importTaskCode'),
        textInput(task.ref, (v) => update(() => (task.ref = v.trim()))),
      ),
      field(
        t('importTaskTitle'),
        textInput(task.title, (v) => update(() => (task.title = v)), { class: 'task-title-input' }),
      ),
      field(
        t('importLead'),
        textInput(task.leadUnit ?? '', (v) => update(() => (task.leadUnit = v.trim() || null), 'lead'), {
          list: 'import-units',
        }),
      ),
      field(
        t('importSupport'),
        supportField(textInput(task.supportUnits.join('; '), (v) => (task.supportUnits = splitUnits(v)))),
      ),
      el('div', { class: 'pair' }, [field(t('importDue'), due), field(t('importRecurrence'), recurrence)]),
      dueNote,
      el('div', {}, [noDue, noDueLabel]),
      el('p', { class: 'secondary' }, [task.dueText && t('importDueInPlan', { text: task.dueText })]),
      el('div', {}, [
        el('button', { type: 'button', class: 'link task-drop', onclick: () => edit(dropTask(plan.tasks, i)) }, [
          t('importDrop'),
        ]),
        ' ',
        i > 0
          ? el('button', { type: 'button', class: 'link task-merge', onclick: () => edit(mergeUp(plan.tasks, i)) }, [
              t('importMergeUp'),
            ])
          : null,
        ' ',
        el('button', { type: 'button', class: 'link task-split', onclick: () => edit(splitTask(plan.tasks, i)) }, [
          t('importSplit'),
        ]),
      ]),
    ]);
  };

  // Bulk edit of the ticked tasks; an empty field is left as it is.
  const bulkTitle = el('strong');
  const bulkLead = el('input', {
    type: 'text',
    id: 'bulk-lead',
    list: 'import-units',
    placeholder: t('importLeadShort'),
    'aria-label': t('importLead'),
  });
  const bulkSupport = supportField(
    el('input', {
      type: 'text',
      id: 'bulk-support',
      placeholder: t('importSupport'),
      'aria-label': t('importSupport'),
    }),
  );
  const bulkDue = el('input', {
    type: 'text',
    id: 'bulk-due',
    placeholder: t('importDateHint'),
    'aria-label': t('importDue'),
  });
  const [bulkNoDue, bulkNoDueLabel] = checkbox('bulk-no-due', t('importNoDue'), false);
  const bulkApply = el('button', { type: 'button', id: 'bulk-apply', class: 'action' }, [t('importBulkApply')]);
  const bulkNote = el('p', { id: 'bulk-note', role: 'status' });
  const say = (kind: 'error' | 'secondary', text: string): void => {
    bulkNote.className = kind;
    bulkNote.textContent = text;
  };
  bulkNoDue.addEventListener('change', () => (bulkDue.disabled = bulkNoDue.checked));
  bulkApply.addEventListener('click', () => {
    const change: BulkEdit = {};
    if (bulkLead.value.trim()) change.leadUnit = bulkLead.value.trim();
    if (bulkSupport.value.trim()) change.supportUnits = splitUnits(bulkSupport.value);
    const typed = bulkDue.value.trim();
    if (bulkNoDue.checked) change.due = null;
    else if (typed) {
      const date = parseTypedDate(typed);
      if (!date) return say('error', t('importDateInvalid', { value: typed }));
      change.due = date;
    }
    if (Object.keys(change).length === 0) return say('error', t('importBulkNothing'));
    plan.tasks = applyBulk(plan.tasks, selected, change);
    say('secondary', t('importBulkDone', { count: selected.size }));
    bulkLead.value = bulkSupport.value = bulkDue.value = '';
    bulkNoDue.checked = bulkDue.disabled = false;
    redraw();
  });
  const bulk = el('div', { class: 'bulk', id: 'import-bulk' }, [
    el('div', { class: 'wide' }, [
      bulkTitle,
      ' ',
      el('button', { type: 'button', class: 'link', onclick: clearSelection }, [t('importBulkClear')]),
    ]),
    bulkLead,
    bulkSupport,
    bulkDue,
    el('div', {}, [bulkNoDue, bulkNoDueLabel]),
    el('div', { class: 'wide' }, [bulkApply, bulkNote]),
  ]);

  const table = el('table', { class: 'review', id: 'import-tasks' }, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', {}, [selectAll]),
        el('th', {}, [t('importTaskCode')]),
        el('th', {}, [`${t('importTaskTitle')} · ${t('importLeadShort')} · ${t('importDue')}`]),
      ]),
    ]),
    body,
  ]);
  redraw();

  /** Refuses to go on while a task has no deadline the user chose; shows those tasks. */
  const missingDues = (): boolean => {
    const missing = plan.tasks.filter(missingDue).map((task) => task.ref);
    if (missing.length === 0) return false;
    const codes = missing.length > 6 ? `${missing.slice(0, 6).join(', ')}, …` : missing.join(', ');
    onlyDoubts.checked = true;
    redraw();
    replaceChildren(feedback, [message('error', t('importMissingDues', { count: missing.length, codes }))]);
    feedback.scrollIntoView({ block: 'nearest' });
    return true;
  };

  const target = el('select', { id: 'import-target' }, [
    el('option', { value: '' }, [t('importTargetNew')]),
    ...state.plans.map((p) => el('option', { value: p.planKey }, [p.label])),
  ]);
  target.value = state.target ?? '';
  const actions = el('div', { class: 'block actions' });
  const drawActions = (): void => {
    const busy = (button: HTMLButtonElement, work: () => Promise<void>) => () => {
      if (missingDues()) return;
      button.disabled = true;
      work()
        .catch((error) => {
          replaceChildren(feedback, [message('error', describe(error))]);
          feedback.scrollIntoView({ block: 'nearest' });
        })
        .finally(() => (button.disabled = false));
    };
    if (!state.target) {
      const create = el('button', { id: 'import-create', type: 'button', class: 'create' }, [t('importCreate')]);
      create.addEventListener(
        'click',
        busy(create, async () => {
          const made = await call('createTaskSheet', plan);
          // From now on this review updates the sheet just made: a second click cannot make a copy.
          state.plans.push({
            planKey: made.planKey,
            sheetName: made.sheetName,
            sheetId: made.sheetId,
            title: plan.title,
            number: plan.number,
            year: plan.year,
            code: plan.code,
            issuer: plan.issuer,
            date: plan.date,
            label: made.label,
          });
          target.append(el('option', { value: made.planKey }, [made.label]));
          target.value = state.target = made.planKey;
          drawActions();
          replaceChildren(feedback, [
            message(
              'secondary',
              t('importCreated', { sheet: made.sheetName, tasks: made.tasks, reports: made.reports }),
            ),
            unitMergeOffers(),
          ]);
          feedback.scrollIntoView({ block: 'nearest' });
        }),
      );
      replaceChildren(actions, [create]);
    } else {
      const preview = el('button', { id: 'import-preview', type: 'button', class: 'action' }, [t('importPreview')]);
      preview.addEventListener(
        'click',
        busy(preview, async () => {
          const diff = await call('previewReimport', plan, state.target);
          replaceChildren(feedback, [diffView(diff, () => applyReimport(state, feedback))]);
        }),
      );
      replaceChildren(actions, [preview]);
    }
  };
  target.addEventListener('change', () => {
    state.target = target.value || null;
    drawActions();
  });
  drawActions();

  const again = el('button', { type: 'button', class: 'link', onclick: () => showInput(view) }, [t('importCancel')]);
  replaceChildren(view, [
    el('h3', {}, [t('importReviewTitle')]),
    state.existing ? message('secondary', t('importExisting', { sheet: state.existing.sheetName })) : null,
    header,
    warnings,
    count,
    doubtFilter,
    el('p', { class: 'secondary' }, [t('importTableHint')]),
    unitList,
    supportList,
    table,
    bulk,
    field(t('importTarget'), target),
    actions,
    feedback,
    again,
  ]);
}

function diffView(diff: ReimportPreview, apply: () => void): HTMLElement {
  const section = (label: string, items: { code: string; title: string; fields?: string[] }[], kind: string): Child =>
    items.length === 0
      ? null
      : el('div', { class: `diff-${kind}` }, [
          el('strong', {}, [label]),
          el(
            'ul',
            {},
            items.map((item) =>
              el('li', {}, [
                `${item.code} — ${item.title}`,
                item.fields ? el('span', { class: 'secondary' }, [` (${item.fields.join(', ')})`]) : null,
              ]),
            ),
          ),
        ]);
  const button = el('button', { id: 'import-apply', type: 'button', class: 'action' }, [t('importApply')]);
  button.addEventListener('click', () => {
    button.disabled = true;
    apply();
  });
  return el('div', { class: 'diff block' }, [
    section(t('importDiffAdded', { count: diff.added.length }), diff.added, 'added'),
    section(t('importDiffChanged', { count: diff.changed.length }), diff.changed, 'changed'),
    section(t('importDiffRemoved', { count: diff.removed.length }), diff.removed, 'removed'),
    message('secondary', t('importDiffUnchanged', { count: diff.unchanged })),
    message('secondary', t('importDiffKeeps')),
    button,
  ]);
}

/** The units that now look like one (the plan's new names beside the listed ones), offered for merging. */
function unitMergeOffers(): HTMLElement {
  const section = el('section', { class: 'import-unit-merge' });
  mountUnitMerge(section);
  return section;
}

function applyReimport(state: ReviewState, feedback: HTMLElement): void {
  call('applyReimport', state.plan, state.target)
    .then((done) =>
      replaceChildren(feedback, [
        message(
          'secondary',
          t('importApplied', {
            sheet: done.sheetName,
            added: done.added,
            changed: done.changed,
            removed: done.removed,
          }),
        ),
        unitMergeOffers(),
      ]),
    )
    .catch((error) => replaceChildren(feedback, [message('error', describe(error))]));
}
