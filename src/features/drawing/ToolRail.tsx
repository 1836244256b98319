import { Icon } from '../../ui/Icon';
import { useT } from '../i18n/i18n';
import { CommandButton } from './CommandButton';
import type { Command, CommandTable } from './commands';
import { TOOLS } from './toolCatalogue';

/**
 * The tools, and under (in portrait: beside) them the colouring page in its own colours as a hint:
 * where the tools stand there is room for it at every screen size, and it takes what is left.
 */
export function ToolRail({ commands, run, hintUrl }: { commands: CommandTable; run: (command: Command) => void; hintUrl: string | null }) {
  const t = useT();
  return (
    <div className="tool-column">
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
      {hintUrl ? <img className="colour-hint" data-testid="colour-hint" src={hintUrl} alt={t('hint.label')} draggable={false} /> : null}
    </div>
  );
}
