import { useT } from '../features/i18n/i18n';
import { BigButton } from '../ui/BigButton';
import { Icon } from '../ui/Icon';
import { ICONS } from '../ui/icons';

interface HomeScreenProps {
  onStartBlank: () => void;
  onStartColouring: () => void;
  onOpenGallery: () => void;
  onAdultGate: () => void;
}

export function HomeScreen({ onStartBlank, onStartColouring, onOpenGallery, onAdultGate }: HomeScreenProps) {
  const t = useT();
  return (
    <main className="screen home-screen" aria-label={t('home.label')}>
      <h1 className="home-screen__title">
        <Icon src={ICONS.artistPalette} size={64} />
        <span>{t('app.title')}</span>
      </h1>
      {/* Discreet, in a corner: it opens a question a young child cannot answer. */}
      <button type="button" className="adult-gate-button" data-testid="adult-gate" aria-label={t('home.adultGate')} onClick={onAdultGate}>
        <Icon src={ICONS.locked} size={32} />
      </button>
      <div className="home-screen__cards">
        <BigButton testId="start-blank" label={t('home.startBlank')} variant="card" className="home-card" onPress={onStartBlank}>
          <span className="home-card__paper" aria-hidden="true">
            <Icon src={ICONS.paintbrush} size={120} />
          </span>
          <span className="home-card__caption" aria-hidden="true">{t('home.startBlank')}</span>
        </BigButton>
        <BigButton testId="start-colouring" label={t('home.startColouring')} variant="card" className="home-card" onPress={onStartColouring}>
          <span className="home-card__paper" aria-hidden="true">
            <img className="home-card__page" src="/pages/doctor.thumb.png" alt="" draggable={false} />
          </span>
          <span className="home-card__caption" aria-hidden="true">{t('home.startColouring')}</span>
        </BigButton>
        <BigButton testId="open-gallery" label={t('home.openGallery')} variant="card" className="home-card" onPress={onOpenGallery}>
          <span className="home-card__paper" aria-hidden="true">
            <Icon src={ICONS.framedPicture} size={120} />
          </span>
          <span className="home-card__caption" aria-hidden="true">{t('home.openGallery')}</span>
        </BigButton>
      </div>
    </main>
  );
}
