/** A toolbar button bound to an action: its label, its shortcut in the tooltip, and when it is enabled. */
import { useTranslation } from 'react-i18next';
import type { Action } from '../actions/types.ts';
import { displayShortcut } from '../actions/keyboard.ts';
import { useActionContext, useEditor } from '../state/context.tsx';
import { isMacPlatform } from './platform-keys.ts';

export function ActionButton(props: {
  action: Action;
  pressed?: boolean;
  className?: string;
  /** Overrides the default `action-<name>` hook where docs/testing.md names another. */
  testId?: string;
}) {
  const { t } = useTranslation();
  const ctx = useActionContext();
  const { action } = props;
  const enabled = useEditor((s) => (action.enabled ? action.enabled(s) : true));
  const label = t(action.label);
  const shortcut = action.shortcuts[0];
  return (
    <button
      type="button"
      className={props.className}
      disabled={!enabled}
      aria-pressed={props.pressed}
      title={
        shortcut ? `${label} (${displayShortcut(shortcut, isMacPlatform(), (k) => t(`keys.${k}`))})` : label
      }
      data-testid={props.testId ?? `action-${action.name}`}
      onClick={() => void action.perform(ctx)}
    >
      {label}
    </button>
  );
}
