// Sidebar: the report's draft, section by section (summary, results by task grouped by the plan's
// sections, shortcomings and causes, next tasks, proposals), each an editable text; edits are
// saved for the plan and period and the Doc is written from them.
import type { ReportDraftSection, ReportDraftView, ReportRequest } from '../../shared/report-rpc';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { call } from '../rpc';

/** The draft area: load it for the settings, tell whether it has unsaved edits, save them. */
export interface DraftArea {
  element: HTMLElement;
  /** Shows the draft for the settings; rejects (showing nothing new) when the server refuses them. */
  load(settings: ReportRequest): Promise<void>;
  /** Saves what was typed since the draft was shown (nothing when nothing changed). */
  saveIfChanged(settings: ReportRequest): Promise<number | null>;
  clear(): void;
  /** The warnings of the draft last shown (period and cut-off that disagree). */
  readonly warnings: string[];
  /** What the draft last shown was made for (the tab's key of plan, period and dates); '' when none. */
  shownFor: string;
}

/** Rows a section's box starts with: about its length, up to 12. */
function rowsFor(text: string): number {
  return Math.min(12, 2 + Math.floor(text.length / 45));
}

export function mountDraft(onError: (error: Error) => void): DraftArea {
  const warnings = el('div', { class: 'block', id: 'report-warnings', role: 'status' });
  const sections = el('div', { id: 'report-draft' });
  const status = el('p', { class: 'secondary', id: 'report-draft-status', 'aria-live': 'polite' });
  const saveButton = el('button', { type: 'button', id: 'report-draft-save', hidden: true }, [t('rptDraftSave')]);
  const help = el('p', { class: 'secondary', hidden: true }, [t('rptDraftHelp')]);
  const element = el('div', { class: 'block' }, [
    warnings,
    help,
    sections,
    el('div', { class: 'block buttons' }, [saveButton]),
    status,
  ]);
  /** The text each box was filled with, by section id: a box that differs is an edit. */
  let shown = new Map<string, string>();
  const boxes = new Map<string, HTMLTextAreaElement>();
  let current: ReportRequest | null = null;
  let shownWarnings: string[] = [];

  const sectionBox = (section: ReportDraftSection): HTMLElement => {
    const box = el('textarea', {
      class: 'draft-text',
      'data-id': section.id,
      rows: rowsFor(section.text),
      'aria-label': section.title,
    });
    box.value = section.text;
    boxes.set(section.id, box);
    const revert = section.edited
      ? el(
          'button',
          { type: 'button', class: 'link draft-revert', onclick: () => void save(new Map([[section.id, '']])) },
          [t('rptDraftRevert')],
        )
      : null;
    return el('div', { class: 'block', 'data-group': section.group }, [
      el('b', {}, [
        section.title,
        section.edited ? el('span', { class: 'draft-edited secondary' }, [` · ${t('rptDraftEdited')}`]) : null,
      ]),
      box,
      revert,
    ]);
  };

  const render = (draft: ReportDraftView): void => {
    boxes.clear();
    shown = new Map(draft.sections.map((s) => [s.id, s.text]));
    shownWarnings = draft.warnings;
    replaceChildren(
      warnings,
      draft.warnings.map((w) => el('p', { class: 'warning' }, [w])),
    );
    const nodes: HTMLElement[] = [el('h3', { class: 'subhead' }, [`${t('rptDraft')} — ${draft.periodLabel}`])];
    let planSection: string | null = null;
    let resultsStarted = false;
    for (const section of draft.sections) {
      if (section.group === 'results') {
        if (!resultsStarted) nodes.push(el('h4', {}, [t('rptDraftResults')]));
        resultsStarted = true;
        if (section.planSection && section.planSection !== planSection) {
          planSection = section.planSection;
          nodes.push(el('div', { class: 'secondary' }, [planSection]));
        }
      }
      nodes.push(sectionBox(section));
    }
    replaceChildren(sections, nodes);
    help.hidden = false;
    saveButton.hidden = false;
  };

  const changed = (): Map<string, string> => {
    const out = new Map<string, string>();
    for (const [id, box] of boxes) if (box.value !== shown.get(id)) out.set(id, box.value);
    return out;
  };

  const save = async (edits: Map<string, string>): Promise<number | null> => {
    if (!current || edits.size === 0) return null;
    saveButton.disabled = true;
    try {
      const draft = await call('saveReportDraft', current, Object.fromEntries(edits));
      render(draft);
      const count = draft.sections.filter((s) => s.edited).length;
      replaceChildren(status, [t('rptDraftSaved', { count })]);
      return count;
    } catch (error) {
      onError(error as Error);
      throw error;
    } finally {
      saveButton.disabled = false;
    }
  };

  saveButton.addEventListener('click', () => {
    void save(changed()).catch(() => undefined);
  });

  return {
    element,
    get warnings() {
      return shownWarnings;
    },
    shownFor: '',
    async load(settings) {
      current = settings;
      replaceChildren(status, []);
      render(await call('getReportDraft', settings));
    },
    async saveIfChanged(settings) {
      current = settings;
      return save(changed());
    },
    clear() {
      this.shownFor = '';
      shownWarnings = [];
      boxes.clear();
      shown = new Map();
      replaceChildren(sections, []);
      replaceChildren(warnings, []);
      replaceChildren(status, []);
      help.hidden = true;
      saveButton.hidden = true;
    },
  };
}
