/**
 * A user command as a small object: its name, its label in the catalogue, its shortcuts, when it
 * applies and what it does, as tldraw's action items are (`id`, `label`, `kbd`, `onSelect`). The
 * shortcuts are data, so one list drives both the key handling and the shortcuts sheet; and
 * `perform` calls the editor store's commands, which record their own undo step, rather than
 * returning new state for a manager to apply as excalidraw's actions do. The toolbar, the
 * keyboard, the shortcuts sheet and a desktop shell's menus all run the same objects.
 */
import type { EditorState, EditorStore } from '../state/editor-store.ts';
import type { ThemeController } from '../theme/theme.ts';
import type { DocumentCommands } from './documents.ts';
import type { PictureCommands } from './picture-export.ts';

/** What an action may use: the store, the file commands, and the canvas viewport. */
export interface ActionContext {
  store: EditorStore;
  documents: DocumentCommands;
  viewport: {
    fitView(): void;
    zoomIn(): void;
    zoomOut(): void;
  };
  /** Shows or hides the keyboard shortcuts sheet. */
  toggleShortcuts(): void;
  /** Light, dark or following the OS (optional: a test's context may have no page to theme). */
  theme?: ThemeController;
  /** Opens the keyboard way of drawing a line from an element (the Connect dialog). */
  openConnect?(sourceId: string): void;
  /** Opens the find box (or puts the focus back in it). */
  openFind(): void;
  /** Export picture, Export report, Print report (optional: a test's context may draw no picture). */
  pictures?: PictureCommands;
  /** Opens the question of Export picture: SVG or PNG, and the PNG's scale. */
  openExportPicture?(): void;
}

export interface Action {
  name: string;
  /** Catalogue key of the label; the shortcuts sheet and tooltips use it too. */
  label: string;
  /**
   * Key combinations, such as `Mod+Z` (Ctrl, or Cmd on a Mac), `Ctrl+Y` or `Shift+1`.
   * The first one is the one shown.
   */
  shortcuts: readonly string[];
  /** Whether the action can run now; disabled actions ignore their keys. */
  enabled?(state: EditorState): boolean;
  /** Keys pressed in a text field go to the field (native text undo) unless this is set. */
  worksInFields?: boolean;
  perform(ctx: ActionContext): void | Promise<void>;
}

export function defineAction(action: Action): Action {
  return action;
}
