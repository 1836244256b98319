import type { ToolId } from '../../engine/model/ops';
import type { MessageKey } from '../i18n/messages';
import { ICONS } from '../../ui/icons';

export interface ToolInfo {
  id: ToolId;
  label: MessageKey;
  icon: string;
}

/** The tools in rail order: the brushes, tap-to-fill and stamps, the eraser last. */
export const TOOLS: readonly ToolInfo[] = [
  { id: 'marker', label: 'tools.marker', icon: ICONS.pen },
  { id: 'crayon', label: 'tools.crayon', icon: ICONS.crayon },
  { id: 'paint', label: 'tools.paint', icon: ICONS.paintbrush },
  { id: 'rainbow', label: 'tools.rainbow', icon: ICONS.rainbow },
  { id: 'glitter', label: 'tools.glitter', icon: ICONS.sparkles },
  { id: 'fill', label: 'tools.fill', icon: ICONS.bucket },
  { id: 'stamp', label: 'tools.stamp', icon: ICONS.star },
  { id: 'eraser', label: 'tools.eraser', icon: ICONS.sponge },
];
