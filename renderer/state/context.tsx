/** Hands the editor store and the action context to the component tree. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ActionContext } from '../actions/types.ts';
import type { EditorState, EditorStore } from './editor-store.ts';

export const EditorContext = createContext<EditorStore | null>(null);
export const ActionsContext = createContext<ActionContext | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside EditorContext');
  return store;
}

/** Subscribes to one slice of the editor state; the component re-renders only when it changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useActionContext(): ActionContext {
  const ctx = useContext(ActionsContext);
  if (!ctx) throw new Error('useActionContext outside ActionsContext');
  return ctx;
}
