import type { ToolId } from '../../engine/model/ops';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { useT } from '../i18n/i18n';
import { TOOLS } from './toolCatalogue';

export function ToolRail({ tool: chosen, visible, onTool }: { tool: ToolId; visible: readonly ToolId[]; onTool: (id: ToolId) => void }) {
  const t = useT();
  return (
    <nav className="rail rail--tools" aria-label={t('tools.group')}>
      {TOOLS.filter((tool) => visible.includes(tool.id)).map((tool) => (
        <BigButton key={tool.id} testId={`tool-${tool.id}`} label={t(tool.label)} variant="tool" pressed={chosen === tool.id} onPress={() => onTool(tool.id)}>
          <Icon src={tool.icon} size={60} />
        </BigButton>
      ))}
    </nav>
  );
}
