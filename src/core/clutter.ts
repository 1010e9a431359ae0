import type { ClutterRemoval } from './types';

export interface ClutterContext {
  title: string;
  url: string;
}

/**
 * Removes what Readability leaves in that a reader would call clutter: share bars, related-story
 * grids, newsletter boxes and the like. Records each removal with its reason.
 * (Filled in by issue #3.)
 */
export function removeClutter(_root: HTMLElement, _ctx: ClutterContext): ClutterRemoval[] {
  return [];
}
