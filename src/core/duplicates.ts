import type { DuplicateRemoval } from './types';

export interface DuplicateContext {
  title: string;
}

/**
 * Drops repeated and reworded sentences and paragraphs, keeping the first occurrence.
 * (Filled in by issue #4.)
 */
export function removeDuplicates(_root: HTMLElement, _ctx: DuplicateContext): DuplicateRemoval[] {
  return [];
}
