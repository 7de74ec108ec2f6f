// Debian's Chromium and the flags every headless run uses (browser specs, demo screenshots):
// no downloads, no network services, no sandbox for a root CI.
/** Debian's package; no tool may download a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
