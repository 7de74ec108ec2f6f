// Sidebar: report settings (plan, period, cut-off, report date, header, signer, recipients,
// template), the draft to read and edit before the Doc is made, the create-report button, the
// link of the Doc made, and the list of reports made.
import type { SidebarMessageKey as MessageKey } from '../../core/messages/sidebar';
import type { ReportDefaults, ReportLogEntry, ReportPeriodRequest, ReportRequest } from '../../shared/report-rpc';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { call } from '../rpc';
import { mountDraft } from './report-draft';
import type { TabContext } from './types';

type Kind = ReportPeriodRequest['kind'];
const KINDS: [Kind, MessageKey][] = [
  ['semiannual', 'rptPeriodSemiannual'],
  ['annual', 'rptPeriodAnnual'],
  ['quarter', 'rptPeriodQuarter'],
  ['range', 'rptPeriodRange'],
];
/** The text fields, in the order shown. */
const TEXT_FIELDS: [keyof ReportRequest & string, MessageKey][] = [
  ['planNumber', 'rptPlanNumber'],
  ['number', 'rptNumber'],
  ['parentAgency', 'rptParentAgency'],
  ['issuingAgency', 'rptIssuingAgency'],
  ['agencyCode', 'rptAgencyCode'],
  ['place', 'rptPlace'],
  ['signerTitle', 'rptSignerTitle'],
  ['signerName', 'rptSignerName'],
];

function field(id: string, label: MessageKey, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  return el('div', { class: 'field' }, [
    el('label', { for: id }, [t(label)]),
    control,
    hint ? el('div', { class: 'secondary' }, [hint]) : null,
  ]);
}

function docLink(url: string, text: string): HTMLAnchorElement {
  return el('a', { href: url, target: '_blank', rel: 'noopener', class: 'report-link' }, [text]);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** An ISO time as "dd/MM/yyyy HH:mm" in the browser's time zone (the text as given otherwise). */
function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Fills the panel with report settings and the list of reports made. */
export function mountReportTab(panel: HTMLElement, _tab: TabContext): () => void {
  const plan = el('select', { name: 'planKey' });
  const kind = el(
    'select',
    { name: 'kind' },
    KINDS.map(([value, label]) => el('option', { value }, [t(label)])),
  );
  const year = el('input', { type: 'number', name: 'year', min: 1990, max: 2100 });
  const quarter = el(
    'select',
    { name: 'quarter' },
    [1, 2, 3, 4].map((q) => el('option', { value: q }, [String(q)])),
  );
  const from = el('input', { type: 'date', name: 'from' });
  const to = el('input', { type: 'date', name: 'to' });
  const cutoff = el('input', { type: 'date', name: 'cutoff' });
  const reportDate = el('input', { type: 'date', name: 'reportDate' });
  const planDate = el('input', { type: 'date', name: 'planDate' });
  const texts = new Map(TEXT_FIELDS.map(([name]) => [name, el('input', { type: 'text', name })]));
  const recipients = el('textarea', { name: 'recipients', rows: 5 });
  const template = el('input', {
    type: 'text',
    name: 'templateUrl',
    placeholder: 'https://docs.google.com/document/d/…',
  });
  const fillDoc = el('input', {
    type: 'text',
    name: 'fillDocUrl',
    placeholder: 'https://docs.google.com/document/d/…',
  });
  const create = el('button', { type: 'button', class: 'action', id: 'report-create' }, [t('rptCreate')]);
  const save = el('button', { type: 'button', id: 'report-save' }, [t('rptSave')]);
  const showDraft = el('button', { type: 'button', id: 'report-draft-show' }, [t('rptDraftShow')]);
  const result = el('div', { class: 'block', id: 'report-result', 'aria-live': 'polite' });
  const made = el('div', { class: 'block', id: 'report-list' });

  const quarterField = field('report-quarter', 'rptQuarter', quarter);
  const yearField = field('report-year', 'rptYear', year);
  const rangeFields = el('div', {}, [field('report-from', 'rptFrom', from), field('report-to', 'rptTo', to)]);
  const form = el('form', { class: 'report-form', onsubmit: (e) => e.preventDefault() }, [
    field('report-plan', 'rptPlan', plan),
    field('report-kind', 'rptPeriod', kind),
    yearField,
    quarterField,
    rangeFields,
    field('report-cutoff', 'rptCutoff', cutoff),
    field('report-reportDate', 'rptReportDate', reportDate),
    ...TEXT_FIELDS.map(([name, label]) => field(`report-${name}`, label, texts.get(name)!)),
    field('report-planDate', 'rptPlanDate', planDate),
    field('report-recipients', 'rptRecipients', recipients),
    field('report-template', 'rptTemplate', template, t('rptTemplateHelp')),
    field('report-fillDoc', 'rptFillDoc', fillDoc, t('rptFillDocHelp')),
    el('div', { class: 'block buttons' }, [showDraft, save]),
  ]);
  const empty = el('p', { class: 'secondary', hidden: true }, [t('rptNoPlans')]);
  const failed = (error: Error): void => {
    replaceChildren(result, [el('p', { class: 'error', role: 'alert' }, [error.message])]);
    result.scrollIntoView({ block: 'nearest' });
  };
  const draft = mountDraft(failed);
  panel.append(
    empty,
    form,
    draft.element,
    el('div', { class: 'block buttons' }, [create]),
    result,
    el('h3', { class: 'subhead' }, [t('rptMade')]),
    made,
  );

  const showPeriodFields = (): void => {
    yearField.hidden = kind.value === 'range';
    quarterField.hidden = kind.value !== 'quarter';
    rangeFields.hidden = kind.value !== 'range';
  };
  kind.addEventListener('change', showPeriodFields);
  // The draft belongs to one plan and period: another choice hides it until it is shown again.
  for (const control of [kind, year, quarter, from, to]) control.addEventListener('change', () => draft.clear());

  const fill = (defaults: ReportDefaults): void => {
    replaceChildren(
      plan,
      defaults.plans.map((p) => el('option', { value: p.planKey }, [p.title])),
    );
    const s = defaults.settings;
    empty.hidden = s !== null;
    form.hidden = s === null;
    if (!s) return;
    plan.value = s.planKey;
    kind.value = s.period.kind;
    year.value = String(s.period.year);
    quarter.value = String(s.period.quarter ?? 1);
    from.value = s.period.from ?? '';
    to.value = s.period.to ?? '';
    cutoff.value = s.cutoff;
    reportDate.value = s.reportDate ?? '';
    planDate.value = s.planDate ?? '';
    for (const [name, input] of texts) input.value = String(s[name] ?? '');
    recipients.value = s.recipients.join('\n');
    template.value = s.templateUrl;
    showPeriodFields();
  };

  const read = (): ReportRequest => {
    const k = kind.value as Kind;
    const text = (name: string): string => texts.get(name as keyof ReportRequest & string)!.value;
    return {
      planKey: plan.value,
      period: {
        kind: k,
        year: Number(year.value),
        quarter: k === 'quarter' ? Number(quarter.value) : null,
        from: from.value || null,
        to: to.value || null,
      },
      cutoff: cutoff.value,
      reportDate: reportDate.value || null,
      planNumber: text('planNumber'),
      planDate: planDate.value || null,
      number: text('number'),
      parentAgency: text('parentAgency'),
      issuingAgency: text('issuingAgency'),
      agencyCode: text('agencyCode'),
      place: text('place'),
      signerTitle: text('signerTitle'),
      signerName: text('signerName'),
      recipients: recipients.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      templateUrl: template.value,
      fillDocUrl: fillDoc.value,
    };
  };

  const showList = (entries: ReportLogEntry[]): void => {
    replaceChildren(
      made,
      entries.length === 0
        ? [el('p', { class: 'secondary' }, [t('rptNoneMade')])]
        : [
            el(
              'ul',
              { class: 'report-list' },
              entries.map((entry) =>
                el('li', {}, [
                  docLink(entry.url, entry.name || entry.url),
                  el('div', { class: 'secondary' }, [
                    t('rptMadeBy', { time: shortTime(entry.time), user: entry.user }),
                  ]),
                ]),
              ),
            ),
          ],
    );
  };
  const refreshList = (): Promise<void> => call('listReports').then(showList, () => undefined);

  // A failure is said beside the buttons, where the user is looking; the form keeps what was typed.
  const busy = (on: boolean): void => {
    create.disabled = on;
    save.disabled = on;
    showDraft.disabled = on;
  };

  plan.addEventListener('change', () => {
    draft.clear();
    void call('getReportDefaults', plan.value).then(fill, () => undefined);
  });
  showDraft.addEventListener('click', () => {
    busy(true);
    replaceChildren(result, []);
    const settings = read();
    void draft
      .load(settings)
      .then(() => {
        draft.shownFor = JSON.stringify([settings.planKey, settings.period, settings.cutoff, settings.reportDate]);
      })
      .catch(failed)
      .finally(() => busy(false));
  });
  // What was typed in the draft is kept first, so the Doc says exactly what the draft says.
  // A period and cut-off that disagree are shown (with the draft) before anything is made; a
  // second click makes the report anyway.
  let confirmed = '';
  create.addEventListener('click', () => {
    busy(true);
    replaceChildren(result, []);
    const settings = read();
    const dates = JSON.stringify([settings.planKey, settings.period, settings.cutoff, settings.reportDate]);
    const check =
      draft.shownFor === dates ? Promise.resolve(draft.warnings) : draft.load(settings).then(() => draft.warnings);
    check
      .then((warnings) => {
        draft.shownFor = dates;
        if (warnings.length > 0 && confirmed !== dates) {
          confirmed = dates;
          replaceChildren(result, [el('p', { class: 'warning', role: 'alert' }, [t('rptConfirmWarnings')])]);
          return;
        }
        return draft
          .saveIfChanged(settings)
          .then(() => call('createReport', settings))
          .then((created) => {
            replaceChildren(result, [el('p', {}, [t('rptCreated')]), docLink(created.url, created.name)]);
            return refreshList();
          });
      })
      .catch(failed)
      .finally(() => busy(false));
  });
  save.addEventListener('click', () => {
    busy(true);
    call('saveReportSettings', read())
      .then(() => replaceChildren(result, [el('p', { class: 'secondary' }, [t('rptSaved')])]))
      .catch(failed)
      .finally(() => busy(false));
  });

  form.hidden = true;
  const load = (): void => {
    void call('getReportDefaults', null).then(fill, () => undefined);
    void refreshList();
  };
  load();
  // Shown again: a plan made since the tab said "no plan" gets its form (typed settings are kept).
  return () => {
    if (form.hidden) load();
  };
}
