// The units registry's merge offers: pairs of units that look like one (same name but for
// accents, or a typo apart), each with a button per direction; nothing is merged until clicked.
// Shown in the settings area; the import review can mount it too.
import type { UnitRegistryView } from '../../shared/rpc';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { call } from '../rpc';

/** Fills `container` with the merge offers (empty when there are none) and returns a refresh. */
export function mountUnitMerge(container: HTMLElement): () => void {
  const status = el('p', { class: 'secondary', role: 'status' });
  const list = el('ul', { class: 'unit-merge' });
  const show = (view: UnitRegistryView): void => {
    replaceChildren(
      list,
      view.nearDuplicates.map((pair) => {
        const button = (from: string, into: string) => {
          const b = el('button', { type: 'button', class: 'link unit-merge-into' }, [t('unitsMergeInto', { into })]);
          b.addEventListener('click', () => {
            b.disabled = true;
            call('mergeUnits', from, into).then(
              (done) => {
                replaceChildren(status, [
                  t('unitsMerged', { merged: done.merged, into: done.into, tasks: done.tasks }),
                ]);
                refresh();
              },
              () => (b.disabled = false),
            );
          });
          return b;
        };
        return el('li', { class: 'block' }, [
          t(pair.reason === 'accents' ? 'unitsMergeAccents' : 'unitsMergeSpelling', { a: pair.a, b: pair.b }),
          el('div', {}, [button(pair.b, pair.a), ' ', button(pair.a, pair.b)]),
        ]);
      }),
    );
    container.hidden = view.nearDuplicates.length === 0 && status.textContent === '';
  };
  const refresh = (): void => void call('getUnitRegistry').then(show, () => undefined);
  replaceChildren(container, [el('h4', {}, [t('unitsMergeTitle')]), list, status]);
  container.hidden = true;
  refresh();
  return refresh;
}
