import type { ComponentProps, ReactNode } from 'react';
import { BigButton } from '../../ui/BigButton';
import { useT } from '../i18n/i18n';
import type { Command } from './commands';

/** A button for one command: its test id, name, chosen and enabled state all come from the table. */
export function CommandButton({ command, run, variant, className, children }: { command: Command; run: (command: Command) => void; variant?: ComponentProps<typeof BigButton>['variant']; className?: string; children: ReactNode }) {
  const t = useT();
  return (
    <BigButton testId={command.id} label={t(command.label)} variant={variant} className={className} pressed={command.chosen?.()} disabled={!command.enabled()} onPress={() => run(command)}>
      {children}
    </BigButton>
  );
}
