import type { Child } from '../../engine/model/children';
import { BigButton } from '../../ui/BigButton';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';
import { ChildBadge } from './ChildBadge';

/** Big avatars before drawing, so each child finds themselves without reading. */
export function WhoIsDrawing({ childList, onPick, onHome }: { childList: Child[]; onPick: (childId: string | null) => void; onHome: () => void }) {
  const t = useT();
  return (
    <main className="screen who-screen" data-testid="who-is-drawing" aria-label={t('who.title')}>
      <ScreenHeader title={t('who.title')} homeLabel={t('actions.home')} onHome={onHome} />
      <div className="who-screen__grid">
        {childList.map((child) => (
          <BigButton key={child.id} testId={`who-${child.id}`} label={child.name} variant="card" className="who-card" onPress={() => onPick(child.id)}>
            <ChildBadge child={child} size={120} />
            <span className="who-card__name" aria-hidden="true">
              {child.name}
            </span>
          </BigButton>
        ))}
        <BigButton testId="who-guest" label={t('who.guest')} variant="card" className="who-card" onPress={() => onPick(null)}>
          <Icon src={ICONS.star} size={96} />
          <span className="who-card__name" aria-hidden="true">
            {t('who.guest')}
          </span>
        </BigButton>
      </div>
    </main>
  );
}
