// The messages module: every word a user reads, Vietnamese first, English second.
// Each feature keeps its dictionary in a file beside this one; all are merged here for the
// server. The sidebar reads the subset in sidebar.ts.
import { createCatalog, type CatalogKey } from './catalog';
import { common } from './common';
import { parser } from './parser';
import { domain } from './domain';
import { report } from './report';
import { ui } from './ui';
import { tracking } from './tracking';
import { trackingServerMessages } from './tracking-server';
import { importMessages } from './import';
import { importServerMessages } from './import-server';
import { reportUi } from './report-ui';
import { reportServerMessages } from './report-server';
import { officeUi } from './office-ui';
import { office } from './office';
import { sheetsServer } from './sheets-server';
import { integrity } from './integrity';
import { guard } from './guard';

export { localeFrom, type Locale, type Message, type MessageParams } from './catalog';

// Each feature's dictionary is listed here once.
const dictionaries = [
  common,
  domain,
  ui,
  report,
  parser,
  tracking,
  trackingServerMessages,
  importMessages,
  importServerMessages,
  reportUi,
  reportServerMessages,
  office,
  sheetsServer,
  integrity,
  officeUi,
  guard,
] as const;

/** Every message key known to the add-on. */
export type MessageKey = CatalogKey<typeof dictionaries>;

const catalog = createCatalog(dictionaries);

/** Returns the message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export const msg = catalog.msg;

/** Both languages of a message (for text that must match whatever language a sheet was made in). */
export const msgBoth = catalog.msgBoth;
