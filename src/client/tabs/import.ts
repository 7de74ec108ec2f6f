// Sidebar import tab: paste plan text or a Doc link, review the parsed tasks (units,
// due dates, recurrence; drop, merge, split), then create the task sheet, or preview and apply
// a re-import into the sheet that already tracks the plan. All text goes through textContent.
import { RECURRENCES, type Plan, type PlanTask, type Recurrence } from '../../core/types';
import { recurrenceLabel } from '../../core/columns';
import type { ParsedPlan, PlanSheetSummary, ReimportPreview, UnitOption } from '../../shared/rpc';
import { el, replaceChildren, type Child } from '../dom';
import { currentLocale, t } from '../i18n';
import { call } from '../rpc';
import { dropTask, mergeUp, splitTask, splitUnits, withDefaultDues } from './import-review';
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
    Promise.all([parsing, call('getUnits').catch(() => [] as UnitOption[]), call('listPlans').catch(() => [] as PlanSheetSummary[])])
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
  return { plan: withDefaultDues(parsed.plan), planKey: parsed.planKey, existing: parsed.existing, target: parsed.existing?.planKey ?? null, units, plans };
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

function showReview(view: HTMLElement, state: ReviewState): void {
  const { plan } = state;
  const feedback = el('div', { class: 'feedback' });
  const unitList = el('datalist', { id: 'import-units' }, state.units.map((u) => el('option', { value: u.name })));

  const header = el('div', { class: 'block' }, [
    field(t('importPlanNumber'), textInput(plan.number ?? '', (v) => (plan.number = v.trim() || null), { id: 'import-number' })),
    field(t('importPlanTitle'), textInput(plan.title, (v) => (plan.title = v), { id: 'import-title' })),
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
    ? el('div', { class: 'block warnings' }, [el('strong', {}, [t('importWarnings')]), el('ul', {}, plan.warnings.map((w) => el('li', { class: 'secondary' }, [w])))])
    : null;

  const list = el('ol', { class: 'tasks', style: 'padding-left:16px' });
  const redraw = (): void => {
    replaceChildren(list, plan.tasks.map((task, i) => taskItem(task, i)));
    replaceChildren(count, [t('importTasksCount', { count: plan.tasks.length, reports: plan.reports.length })]);
  };
  const edit = (next: PlanTask[]): void => {
    plan.tasks = next;
    redraw();
  };
  const taskItem = (task: PlanTask, i: number): HTMLElement => {
    const due = el('input', { type: 'date', class: 'task-due', 'aria-label': t('importDue') });
    due.value = task.due ?? '';
    due.addEventListener('input', () => (task.due = due.value || null));
    const recurrence = el(
      'select',
      { class: 'task-recurrence', 'aria-label': t('importRecurrence') },
      [el('option', { value: '' }, [t('importRecurrenceNone')]), ...RECURRENCES.map((r) => el('option', { value: r }, [recurrenceLabel(r, currentLocale())]))],
    );
    recurrence.value = task.recurrence ?? '';
    recurrence.addEventListener('change', () => (task.recurrence = (recurrence.value || null) as Recurrence | null));
    return el('li', { class: 'task block', 'data-code': task.ref }, [
      el('div', { class: 'task-head', style: 'display:flex;gap:4px' }, [
        textInput(task.ref, (v) => (task.ref = v.trim()), { class: 'task-code', 'aria-label': t('importTaskCode'), style: 'width:64px' }),
        textInput(task.title, (v) => (task.title = v), { class: 'task-title', 'aria-label': t('importTaskTitle') }),
      ]),
      field(t('importLead'), textInput(task.leadUnit ?? '', (v) => (task.leadUnit = v.trim() || null), { class: 'task-lead', list: 'import-units' })),
      field(t('importSupport'), textInput(task.supportUnits.join('; '), (v) => (task.supportUnits = splitUnits(v)), { class: 'task-support' })),
      el('div', { style: 'display:flex;gap:4px' }, [field(t('importDue'), due), field(t('importRecurrence'), recurrence)]),
      el('div', {}, [
        el('button', { type: 'button', class: 'link task-drop', onclick: () => edit(dropTask(plan.tasks, i)) }, [t('importDrop')]),
        ' ',
        i > 0 ? el('button', { type: 'button', class: 'link task-merge', onclick: () => edit(mergeUp(plan.tasks, i)) }, [t('importMergeUp')]) : null,
        ' ',
        el('button', { type: 'button', class: 'link task-split', onclick: () => edit(splitTask(plan.tasks, i)) }, [t('importSplit')]),
      ]),
    ]);
  };
  const count = el('p', { class: 'secondary', id: 'import-count' });
  redraw();

  const target = el('select', { id: 'import-target' }, [
    el('option', { value: '' }, [t('importTargetNew')]),
    ...state.plans.map((p) => el('option', { value: p.planKey }, [p.label])),
  ]);
  target.value = state.target ?? '';
  const actions = el('div', { class: 'block actions' });
  const drawActions = (): void => {
    const busy = (button: HTMLButtonElement, work: () => Promise<void>) => () => {
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
          state.plans.push({ planKey: made.planKey, sheetName: made.sheetName, sheetId: made.sheetId, title: plan.title, number: plan.number, year: plan.year, code: plan.code, issuer: plan.issuer, date: plan.date, label: made.label });
          target.append(el('option', { value: made.planKey }, [made.label]));
          target.value = state.target = made.planKey;
          drawActions();
          replaceChildren(feedback, [message('secondary', t('importCreated', { sheet: made.sheetName, tasks: made.tasks, reports: made.reports }))]);
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
    unitList,
    list,
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
          el('ul', {}, items.map((item) => el('li', {}, [`${item.code} — ${item.title}`, item.fields ? el('span', { class: 'secondary' }, [` (${item.fields.join(', ')})`]) : null]))),
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

function applyReimport(state: ReviewState, feedback: HTMLElement): void {
  call('applyReimport', state.plan, state.target)
    .then((done) =>
      replaceChildren(feedback, [message('secondary', t('importApplied', { sheet: done.sheetName, added: done.added, changed: done.changed, removed: done.removed }))]),
    )
    .catch((error) => replaceChildren(feedback, [message('error', describe(error))]));
}
