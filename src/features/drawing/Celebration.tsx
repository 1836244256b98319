import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';

/** A short, gentle "well done": stars drift up softly (still, with reduced motion); no flashing. */
export function Celebration() {
  const t = useT();
  return (
    <div className="celebration" role="status" aria-live="polite" data-testid="celebration">
      <span className="visually-hidden">{t('done.celebrate')}</span>
      {[0, 1, 2, 3, 4].map((i) => (
        <span key={i} className={`celebration__star celebration__star--${i}`} aria-hidden="true">
          <Icon src={i % 2 === 0 ? ICONS.glowingStar : ICONS.sparkles} size={88} />
        </span>
      ))}
    </div>
  );
}
