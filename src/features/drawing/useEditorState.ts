import { useSyncExternalStore } from 'react';
import type { Editor } from '../../engine/editor';

export interface EditorSnapshot {
  brush: Editor['brush'];
  color: string;
  size: number;
  canUndo: boolean;
  canRedo: boolean;
}

const cache = new WeakMap<Editor, EditorSnapshot>();

/** The few editor facts the buttons show, re-read only when the editor says something changed. */
export function useEditorState(editor: Editor): EditorSnapshot {
  return useSyncExternalStore(
    (notify) => editor.subscribe(notify),
    () => {
      const prev = cache.get(editor);
      const next = { brush: editor.brush, color: editor.color, size: editor.size, canUndo: editor.canUndo, canRedo: editor.canRedo };
      if (prev && shallowEqual(prev, next)) return prev;
      cache.set(editor, next);
      return next;
    },
  );
}

function shallowEqual(a: EditorSnapshot, b: EditorSnapshot): boolean {
  return a.brush === b.brush && a.color === b.color && a.size === b.size && a.canUndo === b.canUndo && a.canRedo === b.canRedo;
}
