import type { CSSProperties } from 'react';
import { PALETTE } from '../../engine/model/palette';
import { useT } from '../i18n/i18n';
import { CommandButton } from './CommandButton';
import type { Command, CommandTable } from './commands';

export function ColourRail({ commands, run, hintUrl }: { commands: CommandTable; run: (command: Command) => void; hintUrl: string | null }) {
  const t = useT();
  const colours = PALETTE.flatMap((entry) => {
    const command = commands.get(`color-${entry.name}`);
    return command ? [{ entry, command }] : [];
  });
  return (
    <div className={`rail rail--colours${hintUrl ? ' rail--with-hint' : ''}`} role="group" aria-label={t('colors.group')} data-scan-group="colours" data-scan-start data-scan-order={1} style={{ '--colour-pairs': Math.ceil(colours.length / 2), '--colour-thirds': Math.ceil(colours.length / 3) } as CSSProperties}>
      {colours.map(({ entry, command }) => (
        <CommandButton key={entry.name} command={command} run={run} variant="swatch">
          <span className="swatch-blob" style={{ background: entry.hex }} aria-hidden="true" />
        </CommandButton>
      ))}
      {hintUrl ? <img className="colour-hint" data-testid="colour-hint" src={hintUrl} alt={t('hint.label')} draggable={false} /> : null}
    </div>
  );
}
