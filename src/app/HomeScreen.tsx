import { useT } from '../features/i18n/i18n';
import { BigButton } from '../ui/BigButton';
import { Icon } from '../ui/Icon';
import { ICONS } from '../ui/icons';

export function HomeScreen({ onStartBlank }: { onStartBlank: () => void }) {
  const t = useT();
  return (
    <main className="screen home-screen" aria-label={t('home.label')}>
      <h1 className="home-screen__title">
        <Icon src={ICONS.artistPalette} size={64} />
        <span>{t('app.title')}</span>
      </h1>
      <div className="home-screen__cards">
        <BigButton testId="start-blank" label={t('home.startBlank')} variant="card" className="home-card" onPress={onStartBlank}>
          <span className="home-card__paper" aria-hidden="true">
            <Icon src={ICONS.paintbrush} size={120} />
          </span>
          <span className="home-card__caption" aria-hidden="true">{t('home.startBlank')}</span>
        </BigButton>
      </div>
    </main>
  );
}
