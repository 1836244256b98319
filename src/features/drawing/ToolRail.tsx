import { Icon } from '../../ui/Icon';
import { useT } from '../i18n/i18n';
import { CommandButton } from './CommandButton';
import type { Command, CommandTable } from './commands';
import { TOOLS } from './toolCatalogue';

export function ToolRail({ commands, run }: { commands: CommandTable; run: (command: Command) => void }) {
  const t = useT();
  return (
    <nav className="rail rail--tools" aria-label={t('tools.group')} data-scan-group="tools" data-scan-order={2}>
      {TOOLS.map((tool) => {
        const command = commands.get(`tool-${tool.id}`);
        return command ? (
          <CommandButton key={tool.id} command={command} run={run} variant="tool">
            <Icon src={tool.icon} size={60} />
          </CommandButton>
        ) : null;
      })}
    </nav>
  );
}
