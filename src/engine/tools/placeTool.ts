import type { Tool, ToolDocument, ToolState } from './tool';

/**
 * Fill and stamp act once, where the finger lands; the rest of the gesture changes nothing (a
 * sliding finger does not fill again) until it lifts.
 */
function placeTool(id: 'fill' | 'stamp', place: (x: number, y: number) => boolean): Tool {
  const idle: ToolState = {
    name: 'idle',
    onDown(at) {
      place(at.x, at.y);
      return pressed;
    },
  };
  const pressed: ToolState = { name: 'pressed', onUp: () => idle, onCancel: () => idle };
  return { id, idle };
}

export const fillTool = (doc: ToolDocument): Tool => placeTool('fill', (x, y) => doc.fillAt(x, y));
export const stampTool = (doc: ToolDocument): Tool => placeTool('stamp', (x, y) => doc.stampAt(x, y));
