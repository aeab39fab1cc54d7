/** The window title: which file is open, and whether it has unsaved changes. */
import type { Locale } from '../shared/i18n/text.ts';
import { dialogText, PRODUCT_NAME, say } from './strings.ts';

export interface TitleState {
  /** File name as shown to the planner, or null for a design never saved. */
  name: string | null;
  modified: boolean;
}

/** `*Contoso.pctopo - Persistent Chat Topology Designer`: the asterisk is the Windows convention for unsaved. */
export function windowTitle(state: TitleState, locale: Locale): string {
  const name = state.name?.trim() || say(dialogText.untitled, locale);
  return `${state.modified ? '*' : ''}${name} - ${PRODUCT_NAME}`;
}
