/** The keyboard: each key press runs the action bound to it, wherever the focus is on the page. */
import { useEffect } from 'react';
import { actionForKey, isTextField } from '../actions/keyboard.ts';
import { allActions } from '../actions/registry.ts';
import type { ActionContext } from '../actions/types.ts';
import { isMacPlatform } from './platform-keys.ts';

/** Runs the action bound to a key, unless the key belongs to a text field being edited. */
export function useShortcuts(ctx: ActionContext) {
  useEffect(() => {
    const mac = isMacPlatform();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const action = actionForKey(allActions, e, { isMac: mac, inTextField: isTextField(e.target) });
      if (!action || (action.enabled && !action.enabled(ctx.store.getState()))) return;
      e.preventDefault();
      void action.perform(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);
}
