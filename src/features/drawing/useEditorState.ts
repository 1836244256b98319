import { useSyncExternalStore } from 'react';
import type { Editor } from '../../engine/editor';

export interface EditorSnapshot {
  tool: Editor['tool'];
  stamp: string | null;
  color: string;
  size: number;
  canUndo: boolean;
  canRedo: boolean;
  symmetry: Editor['symmetry'];
}

const cache = new WeakMap<Editor, EditorSnapshot>();

/** The few editor facts the buttons show, re-read only when the editor says something changed. */
export function useEditorState(editor: Editor): EditorSnapshot {
  return useSyncExternalStore(
    (notify) => editor.subscribe(notify),
    () => {
      const prev = cache.get(editor);
      const next = { tool: editor.tool, stamp: editor.stamp, color: editor.color, size: editor.size, canUndo: editor.canUndo, canRedo: editor.canRedo, symmetry: editor.symmetry };
      if (prev && shallowEqual(prev, next)) return prev;
      cache.set(editor, next);
      return next;
    },
  );
}

function shallowEqual(a: EditorSnapshot, b: EditorSnapshot): boolean {
  return a.tool === b.tool && a.stamp === b.stamp && a.color === b.color && a.size === b.size && a.canUndo === b.canUndo && a.canRedo === b.canRedo && a.symmetry === b.symmetry;
}
