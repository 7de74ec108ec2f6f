// What every sidebar tab receives when it is first shown.
import type { SidebarContext } from '../../shared/rpc';

/** The sidebar's context; null when the server could not be reached. */
export interface TabContext {
  context: SidebarContext | null;
}

/** A tab's mount function: fills `panel` (empty, already in the page) with the tab's content. */
export type MountTab = (panel: HTMLElement, tab: TabContext) => void;
