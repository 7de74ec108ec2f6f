// The sidebar's messages: the dictionaries the sidebar and the core modules it loads use.
// Report wording and parser errors are the server's and stay out of the sidebar's HTML;
// a sidebar string taken from them does not compile.
import { createCatalog, type CatalogKey } from './catalog';
import { common } from './common';
import { domain } from './domain';
import { ui } from './ui';
import { tracking } from './tracking';
import { importMessages } from './import';
import { reportUi } from './report-ui';
import { officeUi } from './office-ui';

export { localeFrom, type Locale, type Message } from './catalog';

export const sidebarDictionaries = [common, domain, ui, tracking, importMessages, reportUi, officeUi] as const;

/** A message key the sidebar may use. (The build shortens these keys inside the sidebar, see scripts/build.ts.) */
export type SidebarMessageKey = CatalogKey<typeof sidebarDictionaries>;

const catalog = createCatalog(sidebarDictionaries);

/** Like `msg` of index.ts, limited to the sidebar's dictionaries. */
export const sidebarMsg = catalog.msg;

/** Like `msgBoth` of index.ts, limited to the sidebar's dictionaries. */
export const sidebarMsgBoth = catalog.msgBoth;
