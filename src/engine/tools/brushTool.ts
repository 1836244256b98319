import type { BrushId } from '../model/ops';
import type { Tool, ToolDocument, ToolState } from './tool';

/** Every brush (and the eraser): down starts a stroke, moves extend it, up commits it, a cancel drops it. */
export function brushTool(brush: BrushId, doc: ToolDocument): Tool {
  const idle: ToolState = {
    name: 'idle',
    onDown(at) {
      doc.beginStroke(brush, at);
      return drawing;
    },
  };
  const drawing: ToolState = {
    name: 'drawing',
    onMove(at) {
      doc.extendStroke(at);
      return drawing;
    },
    onUp(at) {
      if (at) doc.extendStroke(at);
      doc.finishStroke();
      return idle;
    },
    onCancel() {
      doc.dropStroke();
      return idle;
    },
  };
  return { id: brush, idle };
}
