// What every sidebar tab receives when it is first shown.
import type { SidebarContext } from '../../shared/rpc';

/** The sidebar's context; null when the server could not be reached. */
export interface TabContext {
  context: SidebarContext | null;
}

/**
 * A tab's mount function: fills `panel` (empty, already in the page) with the tab's content.
 * It may return what to do each later time the tab is shown (e.g. pick up a plan made since).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a tab may return a cleanup function, or nothing at all.
export type MountTab = (panel: HTMLElement, tab: TabContext) => void | (() => void);
