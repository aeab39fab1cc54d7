/**
 * What a data center holds, as a planner reads it before deleting it: "4 servers, 4 SQL Server
 * instances, 1 file store and 2 shares", each kind with its own plural, joined as the language
 * joins a list.
 */
import type { TFunction } from 'i18next';
import type { ContentCounts } from '../../shared/model/data-centers.ts';
import { contentKinds } from '../../shared/model/data-centers.ts';
import type { Locale } from '../../shared/i18n/text.ts';

export function contentsText(counts: ContentCounts, t: TFunction, locale: Locale): string {
  const parts = contentKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => t(`dataCenters.contents.${kind}`, { count: counts[kind] }));
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

export function contentTotal(counts: ContentCounts): number {
  return contentKinds.reduce((n, kind) => n + counts[kind], 0);
}
