import { PALETTE, type ColorName } from '../../engine/model/palette';
import { BigButton } from '../../ui/BigButton';
import { useT } from '../i18n/i18n';

export function ColourRail({ color, hintUrl, onColor }: { color: ColorName; hintUrl: string | null; onColor: (name: ColorName) => void }) {
  const t = useT();
  return (
    <div className="rail rail--colours" role="group" aria-label={t('colors.group')}>
      {PALETTE.map((entry) => (
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
