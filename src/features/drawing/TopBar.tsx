import { SIZE_NAMES, SIZES, type SizeName } from '../../engine/model/palette';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';
import { CommandButton } from './CommandButton';
import type { Command, CommandTable } from './commands';

interface TopBarProps {
  commands: CommandTable;
  run: (command: Command) => void;
  colorHex: string;
}

export function TopBar({ commands, run, colorHex }: TopBarProps) {
  const t = useT();
  const button = (id: string, icon: string, size = 44, variant?: 'card', className?: string) => {
    const command = commands.get(id);
    return command ? (
      <CommandButton command={command} run={run} variant={variant} className={className}>
        <Icon src={icon} size={size} />
      </CommandButton>
    ) : null;
  };
  return (
    <div className="top-bar" role="toolbar" aria-label={t('actions.group')} data-scan-group="actions" data-scan-order={3}>
      {button('home', ICONS.house)}
      <span className="top-bar__gap" />
      {button('undo', ICONS.undo)}
      {button('redo', ICONS.redo)}
      <span className="top-bar__gap" />
      <div className="size-group" role="group" aria-label={t('sizes.group')}>
        {SIZE_NAMES.map((name) => {
          const command = commands.get(`size-${name}`);
          return command ? (
            <CommandButton key={name} command={command} run={run} variant="size">
              <span className="size-dot" aria-hidden="true" style={{ width: dotPx(name), height: dotPx(name), background: colorHex }} />
            </CommandButton>
          ) : null;
        })}
      </div>
      <span className="top-bar__gap" />
      {button('symmetry', ICONS.butterfly)}
      {button('clear', ICONS.wastebasket)}
      {button('done', ICONS.checkMark, 52, 'card', 'done-button')}
    </div>
  );
}

/** On-button dot sizes track the real brush sizes (small < medium < large). */
function dotPx(name: SizeName): number {
  return Math.round(8 + (SIZES[name] / SIZES.large) * 36);
}
