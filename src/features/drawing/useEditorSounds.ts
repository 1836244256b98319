import { useEffect } from 'react';
import type { Editor } from '../../engine/editor';
import { playSound } from '../sound/sound';

/** A soft sound when a fill or a stamp lands; the buttons play their own. */
export function useEditorSounds(editor: Editor): void {
  useEffect(
    () =>
      editor.subscribe((event) => {
        if (event !== 'placed') return;
        const last = editor.ops[editor.ops.length - 1];
        playSound(last?.kind === 'stamp' ? 'stamp' : 'fill');
      }),
    [editor],
  );
}
