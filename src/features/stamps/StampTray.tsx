import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useLanguage, useT } from '../i18n/i18n';
import { STAMP_GROUPS, STAMPS } from './stampCatalogue.generated';

interface StampTrayProps {
  chosen: string | null;
  /** Group shown first (the colouring page's profession). */
  firstGroup?: string | null;
  /** The groups an adult chose for this session; null shows all. */
  groups?: readonly string[] | null;
  onPick: (stampId: string) => void;
  onClose: () => void;
}

/** Every stamp as a big thumbnail, grouped by profession; picking one closes the tray. */
export function StampTray({ chosen, firstGroup, groups: allowed, onPick, onClose }: StampTrayProps) {
  const t = useT();
  const language = useLanguage();
  const groups = STAMP_GROUPS.filter((g) => !allowed || allowed.includes(g.id)).sort((a, b) => Number(b.id === firstGroup) - Number(a.id === firstGroup));
  return (
    <div className="stamp-tray" role="dialog" aria-label={t('stamps.tray')}>
      <div className="stamp-tray__groups">
        {groups.map((group) => (
          <div key={group.id} className="stamp-tray__group" role="group" aria-label={group.names[language]} data-scan-group={group.id}>
            {STAMPS.filter((s) => s.group === group.id).map((stamp) => (
              <BigButton key={stamp.id} testId={`stamp-${stamp.id}`} label={stamp.names[language]} variant="stamp" pressed={chosen === stamp.id} onPress={() => onPick(stamp.id)}>
                <img className="stamp-tray__picture" src={stamp.url} alt="" aria-hidden="true" draggable={false} loading="lazy" />
              </BigButton>
            ))}
          </div>
        ))}
      </div>
      <BigButton testId="stamp-tray-close" label={t('stamps.close')} onPress={onClose} className="stamp-tray__close">
        <Icon src={ICONS.crossMark} size={40} />
      </BigButton>
    </div>
  );
}
