// The sidebar's entry point: status strip, header, four tabs and the settings area.
// Each tab's content comes from its own module in tabs/, mounted when first shown.
import { at } from '../core/arrays';
import type { SidebarMessageKey as MessageKey } from '../core/messages/sidebar';
import type { SidebarContext } from '../shared/rpc';
import { el, replaceChildren } from './dom';
import { setLocale, t } from './i18n';
import { call } from './rpc';
import { mountStatus } from './status';
import { mountImportTab } from './tabs/import';
import { mountOverdueTab } from './tabs/overdue';
import { mountProgressTab } from './tabs/progress';
import { mountReportTab } from './tabs/report';
import { mountSettings } from './tabs/settings';
import type { MountTab, TabContext } from './tabs/types';

interface TabSpec {
  id: string;
  label: MessageKey;
  mount: MountTab;
}

const TABS: TabSpec[] = [
  { id: 'import', label: 'tabImport', mount: mountImportTab },
  { id: 'progress', label: 'tabProgress', mount: mountProgressTab },
  { id: 'overdue', label: 'tabOverdue', mount: mountOverdueTab },
  { id: 'report', label: 'tabReport', mount: mountReportTab },
];
const SETTINGS: TabSpec = { id: 'settings', label: 'tabSettings', mount: mountSettings };

/** Builds the tab bar and panels; a panel's content is mounted the first time it is shown. */
function renderShell(root: HTMLElement, context: SidebarContext | null): void {
  const tab: TabContext = { context };
  // Mounted tabs, with what to do when shown again.
  // biome-ignore lint/suspicious/noConfusingVoidType: what a MountTab returned: a cleanup function or nothing.
  const mounted = new Map<string, (() => void) | void>();
  const panels = new Map<string, HTMLElement>();
  const buttons = new Map<string, HTMLElement>();

  const show = (spec: TabSpec): void => {
    for (const [id, panel] of panels) panel.hidden = id !== spec.id;
    for (const [id, button] of buttons)
      button.setAttribute(id === SETTINGS.id ? 'aria-pressed' : 'aria-selected', String(id === spec.id));
    if (mounted.has(spec.id)) mounted.get(spec.id)?.();
    else mounted.set(spec.id, spec.mount(panels.get(spec.id)!, tab));
  };

  const tabButton = (spec: TabSpec): HTMLElement => {
    const button = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${spec.id}`,
        class: 'tab',
        'aria-controls': `panel-${spec.id}`,
        'aria-selected': 'false',
        onclick: () => show(spec),
      },
      [t(spec.label)],
    );
    buttons.set(spec.id, button);
    return button;
  };
  // The settings area opens from a gear in the header, in place of the tab content.
  const settingsButton = el(
    'button',
    {
      type: 'button',
      id: `tab-${SETTINGS.id}`,
      class: 'icon',
      title: t(SETTINGS.label),
      'aria-label': t(SETTINGS.label),
      'aria-pressed': 'false',
      onclick: () => show(SETTINGS),
    },
    ['\u2699'],
  );
  buttons.set(SETTINGS.id, settingsButton);

  const header = el('header', { class: 'header' }, [
    el('div', { class: 'secondary user' }, [context?.userEmail ? t('uiSignedInAs', { email: context.userEmail }) : '']),
    settingsButton,
  ]);
  const bar = el('nav', { class: 'tabs', role: 'tablist' }, TABS.map(tabButton));
  const body = el('main', { class: 'panels' });
  for (const spec of [...TABS, SETTINGS]) {
    const panel = el('section', {
      role: spec === SETTINGS ? 'region' : 'tabpanel',
      id: `panel-${spec.id}`,
      class: 'panel',
      'aria-labelledby': `tab-${spec.id}`,
      hidden: true,
    });
    panels.set(spec.id, panel);
    body.append(panel);
  }
  root.append(header, bar, body);
  show(at(TABS, 0));
}

/** Reads the context from the server, then draws the sidebar in the user's language. */
async function start(root: HTMLElement): Promise<void> {
  mountStatus(root);
  const shell = el('div', { class: 'shell' }, [el('p', { class: 'secondary' }, [t('uiLoading')])]);
  root.append(shell);
  let context: SidebarContext | null = null;
  try {
    context = await call('getSidebarContext');
    setLocale(context.locale);
  } catch {
    // The status strip already shows the failure; the tabs still render.
  }
  replaceChildren(shell, []);
  renderShell(shell, context);
}

const root = document.getElementById('app');
if (root) void start(root);
