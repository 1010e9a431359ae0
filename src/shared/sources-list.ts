import type { Source, SourceKind, SourceRole } from '../core/types';
import { el } from './dom';
import { t, type MessageKey } from './i18n';

/**
 * Who the story says its facts came from: name, kind, roles, and the sentences that say so.
 * Shared by the popup and the reader; choosing a sentence is the caller's action (the reader
 * scrolls to it and marks it; the popup asks the reader in the tab to).
 */

export const KIND: Record<SourceKind, MessageKey> = {
  'news-agency': 'kindNewsAgency',
  'news-outlet': 'kindNewsOutlet',
  government: 'kindGovernment',
  organization: 'kindOrganization',
  person: 'kindPerson',
};

export const ROLE: Record<SourceRole, MessageKey> = {
  reported: 'roleReported',
  statement: 'roleStatement',
  quoted: 'roleQuoted',
  contributed: 'roleContributed',
  photo: 'rolePhoto',
  cited: 'roleCited',
};

export interface SourcesOptions {
  sources: Source[];
  /** Shows a mention in the reader; without it mentions are plain text. */
  onMention?: (text: string) => void;
}

function sourceItem(doc: Document, source: Source, onMention: SourcesOptions['onMention']): HTMLElement {
  const count = source.mentions.length;
  const about = [t(KIND[source.kind]), ...source.roles.map((r) => t(ROLE[r])), count === 1 ? t('mentionsOne') : t('mentionsMany', count)];
  const mentions = source.mentions.map((m) =>
    el(doc, 'li', {}, onMention ? el(doc, 'button', { type: 'button', class: 'mention', onclick: () => onMention(m.text) }, m.text) : m.text),
  );
  const summary = el(doc, 'summary', {}, el(doc, 'strong', { class: 'name' }, source.name), ' ', el(doc, 'span', { class: 'about' }, about.join(' · ')));
  return el(doc, 'li', { class: 'source' }, el(doc, 'details', {}, summary, el(doc, 'ul', { class: 'mentions' }, mentions)));
}

/** Folded by default: the reader came for the text, the sources are one click away. Null when there are none. */
export function createSourcesList(doc: Document, { sources, onMention }: SourcesOptions): HTMLElement | null {
  if (sources.length === 0) return null;
  const summary = el(doc, 'summary', {}, sources.length === 1 ? t('sourcesOne') : t('sourcesMany', sources.length));
  return el(doc, 'details', { class: 'sources' }, summary, el(doc, 'ul', {}, sources.map((s) => sourceItem(doc, s, onMention))));
}
