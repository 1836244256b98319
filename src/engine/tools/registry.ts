import { BRUSH_IDS, type ToolId } from '../model/ops';
import { brushTool } from './brushTool';
import { fillTool, stampTool } from './placeTool';
import type { Tool, ToolDocument } from './tool';

/** Every tool the editor knows, working on one document. */
export function createTools(doc: ToolDocument): Record<ToolId, Tool> {
  const tools = { fill: fillTool(doc), stamp: stampTool(doc) } as Record<ToolId, Tool>;
  for (const brush of BRUSH_IDS) tools[brush] = brushTool(brush, doc);
  return tools;
}
