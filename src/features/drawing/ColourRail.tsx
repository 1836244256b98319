import type { CSSProperties } from 'react';
import { paletteOf, type ColorName } from '../../engine/model/palette';
import { BigButton } from '../../ui/BigButton';
import { useT } from '../i18n/i18n';

export function ColourRail({ color, size, hintUrl, onColor }: { color: ColorName; size: number; hintUrl: string | null; onColor: (name: ColorName) => void }) {
  const t = useT();
  return (
    <div className={`rail rail--colours${hintUrl ? ' rail--with-hint' : ''}`} role="group" aria-label={t('colors.group')} style={{ '--colour-pairs': Math.ceil(paletteOf(size).length / 2) } as CSSProperties}>
      {paletteOf(size).map((entry) => (
        <BigButton
          key={entry.name}
          testId={`color-${entry.name}`}
          label={t(`colors.${entry.name}`)}
          variant="swatch"
          pressed={color === entry.name}
          onPress={() => onColor(entry.name)}
        >
          <span className="swatch-blob" style={{ background: entry.hex }} aria-hidden="true" />
        </BigButton>
      ))}
      {hintUrl ? <img className="colour-hint" data-testid="colour-hint" src={hintUrl} alt={t('hint.label')} draggable={false} /> : null}
    </div>
  );
}
