// The sidebar's status strip: a progress bar while any server call runs, and a dismissable
// message when one fails, hidden again when the next call starts.
import { el, replaceChildren } from './dom';
import { t } from './i18n';
import { onBusyChange, onCallError } from './rpc';

/** Mounts the status strip at the top of `root` and wires it to every server call. */
export function mountStatus(root: HTMLElement): void {
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-label': t('uiWorking'), hidden: true });
  const message = el('div', { class: 'error-banner', role: 'alert', hidden: true });
  root.append(bar, message);

  onBusyChange((busy) => {
    bar.hidden = !busy;
    // A new call starts: the last failure's message is out of date.
    if (busy) message.hidden = true;
    bar.setAttribute('aria-label', t('uiWorking'));
  });
  onCallError((text) => {
    replaceChildren(message, [
      el('span', {}, [text]),
      el('button', { class: 'link', type: 'button', onclick: () => (message.hidden = true) }, [t('uiDismiss')]),
    ]);
    message.hidden = false;
  });
}
