/**
 * What every section of the report needs: the design and its index, the language, and a
 * record of the sources it cites, so that the appendix lists exactly those.
 */
import { render } from '../i18n/text.ts';
import type { Locale, Params, Text } from '../i18n/text.ts';
import { indexDesign } from '../model/design-index.ts';
import type { DesignIndex } from '../model/design-index.ts';
import type { Design } from '../model/types.ts';
import { catalogueEntries } from '../rules/catalogue.ts';
import { ruleById } from '../rules/registry.ts';
import { esc } from './html.ts';
import { citations } from './sources.ts';

export interface ReportContext {
  design: Design;
  index: DesignIndex;
  locale: Locale;
  /** Plain text in the report's language. */
  r(text: Text, params?: Params): string;
  /** The same, escaped for HTML. */
  h(text: Text, params?: Params): string;
  /** A source string of the catalogue ("LS1 step 7, SQLM") as HTML, each known source linked to the appendix. */
  cite(source: string): string;
  /** The sources the rules with these ids rest on, cited. */
  citeRules(ruleIds: readonly string[]): string;
  /** Abbreviations cited so far. */
  readonly cited: ReadonlySet<string>;
}

export const sourceAnchor = (abbreviation: string): string => `source-${abbreviation}`;

function sourceOfRule(id: string): string | undefined {
  return ruleById(id)?.source ?? catalogueEntries.find((e) => e.id === id)?.source;
}

export function reportContext(design: Design, locale: Locale): ReportContext {
  const cited = new Set<string>();
  const r = (text: Text, params?: Params) => render(text, params, locale);
  const cite = (source: string) =>
    citations(source)
      .map((c) => {
        if (!c.source) return esc(c.text);
        cited.add(c.source.abbreviation);
        return `<a href="#${sourceAnchor(c.source.abbreviation)}">${esc(c.text)}</a>`;
      })
      .join(', ');
  return {
    design,
    index: indexDesign(design),
    locale,
    r,
    h: (text, params) => esc(r(text, params)),
    cite,
    citeRules: (ruleIds) =>
      [...new Set(ruleIds.map(sourceOfRule).filter((s) => s !== undefined))].map(cite).join('; '),
    cited,
  };
}
