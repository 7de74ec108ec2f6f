// The office's pieces of the sidebar: a unit's request for more time (gia hạn) under a task's
// form, and, in the settings, the office staff, "Khoá theo đơn vị" and the requests to decide.
import { formatDate } from '../../core/dates';
import type { ExtensionView, OfficeSettingsView, ProgressTask } from '../../shared/rpc';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { call } from '../rpc';

/** What the entry says of its extension, or null. */
export function extensionNote(task: ProgressTask): HTMLElement | null {
  const x = task.extension;
  if (!x) return null;
  const key =
    x.status === 'approved' ? 'extNoteApproved' : x.status === 'refused' ? 'extNoteRefused' : 'extNotePending';
  return el('div', { class: 'secondary task-extension' }, [
    t(key, { date: formatDate(x.status === 'approved' ? (x.originalDue ?? '') : x.requestedDue) }),
  ]);
}

/** A request for more time: new deadline and reason (its fields made when first opened). */
export function extensionForm(planKey: string, task: ProgressTask, today: string): HTMLElement {
  const box = el('details', { class: 'extension' }, [el('summary', {}, [t('extAsk')])]);
  box.addEventListener('toggle', () => {
    if (box.children.length > 1) return;
    const due = el('input', { type: 'date', min: today, 'aria-label': t('extNewDue') });
    const reason = el('textarea', { rows: 2, 'aria-label': t('extWhy'), placeholder: t('extWhy') });
    const note = el('p', { class: 'secondary', role: 'status' });
    const send = el('button', { type: 'button', class: 'send' }, [t('extSend')]);
    send.addEventListener('click', () => {
      send.disabled = true;
      call('requestExtension', {
        planKey,
        code: task.code,
        rowId: task.rowId,
        due: due.value,
        reason: reason.value,
      }).then(
        () => replaceChildren(note, [t('extSent')]),
        (e: Error) => {
          replaceChildren(note, [e.message]);
          send.disabled = false;
        },
      );
    });
    box.append(due, reason, send, note);
  });
  return box;
}

/** Settings, for the office: office staff, "Khoá theo đơn vị", and the requests waiting. */
export function mountOfficeSettings(panel: HTMLElement): void {
  const emails = el('input', { id: 'office-emails', type: 'text' });
  const locks = el('input', { id: 'office-locks', type: 'checkbox' });
  const note = el('p', { class: 'secondary', role: 'status' });
  const save = el('button', { type: 'button', class: 'action', id: 'office-save' }, [t('trkSaveSettings')]);
  const requests = el('ul', { id: 'office-extensions' });
  const show = (v: OfficeSettingsView): void => {
    emails.value = v.officeEmails.join(', ');
    locks.checked = v.unitLocks;
  };
  const decide = (x: ExtensionView, approve: boolean) => () =>
    void call('decideExtension', { id: x.id, approve }).then(loadRequests, () => undefined);
  const loadRequests = (): void =>
    void call('listExtensions').then(
      (list) =>
        replaceChildren(
          requests,
          list
            .filter((x) => x.status === 'pending')
            .map((x) =>
              el('li', { class: 'block' }, [
                t('extItem', {
                  code: x.code,
                  plan: x.plan,
                  from: formatDate(x.originalDue ?? ''),
                  to: formatDate(x.requestedDue),
                  reason: x.reason,
                  by: x.requestedBy,
                }),
                el('div', {}, [
                  el('button', { type: 'button', class: 'link', onclick: decide(x, true) }, [t('extApprove')]),
                  ' ',
                  el('button', { type: 'button', class: 'link', onclick: decide(x, false) }, [t('extRefuse')]),
                ]),
              ]),
            ),
        ),
      () => undefined,
    );
  save.addEventListener('click', () => {
    save.disabled = true;
    call('saveOfficeSettings', {
      officeEmails: emails.value.split(/[,;\s]+/).filter(Boolean),
      unitLocks: locks.checked,
    }).then(
      (v) => {
        show(v);
        replaceChildren(note, [t(v.lockWarningOnly ? 'offWarnOnly' : 'trkSettingsSaved')]);
        save.disabled = false;
      },
      () => (save.disabled = false),
    );
  });
  call('getOfficeSettings').then(
    (v) => {
      if (!v.you.office) return;
      show(v);
      panel.append(
        el('h4', {}, [t('offTitle')]),
        el('label', { for: 'office-emails' }, [t('offEmails')]),
        emails,
        el('div', { class: 'block' }, [locks, ' ', el('label', { for: 'office-locks' }, [t('offLocks')])]),
        el('div', { class: 'block' }, [save]),
        note,
        el('h4', {}, [t('extWaiting')]),
        requests,
      );
      loadRequests();
    },
    () => undefined,
  );
}
