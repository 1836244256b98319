import { SYMMETRIES, type Symmetry } from '../../engine/geometry/symmetry';
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import type { StageFit } from '../../render/pointerInput';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';
import { CommandButton } from './CommandButton';
import type { Command, CommandTable } from './commands';

/** The five mirrors as big picture buttons: one petal, or 2, 4, 6, 8 petals around a centre. */
export function SymmetryTray({ commands, run, onClose }: { commands: CommandTable; run: (command: Command) => void; onClose: () => void }) {
  const t = useT();
  return (
    <div className="symmetry-tray" role="dialog" aria-label={t('symmetry.tray')}>
      <div className="symmetry-tray__choices" role="group" aria-label={t('symmetry.tray')} data-scan-group="symmetry">
        {([null, ...SYMMETRIES] as const).map((symmetry) => {
          const command = commands.get(`symmetry-${symmetry ?? 'off'}`);
          return command ? (
            <CommandButton key={symmetry ?? 'off'} command={command} run={run} variant="tool">
              <PetalsIcon symmetry={symmetry} />
            </CommandButton>
          ) : null;
        })}
      </div>
      <BigButton testId="symmetry-close" label={t('symmetry.close')} onPress={onClose} className="symmetry-tray__close">
        <Icon src={ICONS.crossMark} size={40} />
      </BigButton>
    </div>
  );
}

/** The petal leans and is lopsided on purpose, so that the picture shows mirroring as well as turning. */
const PETAL = 'M0 -6 C 12 -12, 20 -28, 6 -44 C -6 -36, -10 -20, 0 -6 Z';
const LEAN = -28;
const PETAL_COLOURS = ['#e53935', '#fb8c00', '#fdd835', '#43a047', '#1e88e5', '#8e24aa', '#ec407a', '#00897b'];

function PetalsIcon({ symmetry }: { symmetry: Symmetry | null }) {
  const turns = symmetry ? symmetry / 2 : 1;
  const petals: { angle: number; mirrored: boolean }[] = [];
  for (const mirrored of symmetry ? [false, true] : [false]) for (let k = 0; k < turns; k++) petals.push({ angle: (360 * k) / turns, mirrored });
  return (
    <svg className="petals-icon" viewBox="-48 -48 96 96" width="60" height="60" aria-hidden="true">
      {petals.map(({ angle, mirrored }, i) => (
        <path key={i} d={PETAL} fill={PETAL_COLOURS[i % PETAL_COLOURS.length]} stroke="#5b4636" strokeWidth="2" transform={`rotate(${angle}) scale(${mirrored ? -1 : 1} 1) rotate(${LEAN})`} />
      ))}
      <circle r="5" fill="#5b4636" />
    </svg>
  );
}

/**
 * Faint lines through the page centre along the mirrors, over the page only, never in the
 * picture: the child sees where the copies will fall.
 */
export function SymmetryGuides({ symmetry, fit }: { symmetry: Symmetry | null; fit: StageFit }) {
  if (!symmetry || fit.scale <= 0) return null;
  const cx = DOC_WIDTH / 2;
  const cy = DOC_HEIGHT / 2;
  const axes = symmetry / 2;
  const reach = DOC_WIDTH;
  return (
    <svg
      className="symmetry-guides"
      data-testid="symmetry-guides"
      aria-hidden="true"
      viewBox={`0 0 ${DOC_WIDTH} ${DOC_HEIGHT}`}
      style={{ left: fit.offsetX, top: fit.offsetY, width: DOC_WIDTH * fit.scale, height: DOC_HEIGHT * fit.scale }}
    >
      {Array.from({ length: axes }, (_, k) => {
        // The mirror of copy k lies at 90° + 180°·k/axes (a turn by 2θ after a mirror is a mirror across θ + 90°).
        const angle = Math.PI / 2 + (Math.PI * k) / axes;
        const dx = Math.cos(angle) * reach;
        const dy = Math.sin(angle) * reach;
        return <line key={k} x1={cx - dx} y1={cy - dy} x2={cx + dx} y2={cy + dy} />;
      })}
    </svg>
  );
}
