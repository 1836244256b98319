import type { ReactNode } from 'react';
import { useT } from '../features/i18n/i18n';
import type { MessageKey } from '../features/i18n/messages';
import { BigButton } from '../ui/BigButton';
import { Icon } from '../ui/Icon';
import { ICONS } from '../ui/icons';

interface HomeScreenProps {
  /** Quiet notes for the adult, between the title and the cards. */
  notices?: ReactNode;
  onStartBlank: () => void;
  onStartColouring: () => void;
  /** The first page of the session's theme on the colouring card (until the pages are listed, the doctor). */
  colouringPicture?: string;
  onOpenGallery: () => void;
  /** Absent when an adult hid the puzzle card. */
  onStartPuzzle?: () => void;
  onAdultGate: () => void;
}

export function HomeScreen({ notices, onStartBlank, onStartColouring, colouringPicture = '/pages/doctor.thumb.png', onOpenGallery, onStartPuzzle, onAdultGate }: HomeScreenProps) {
  const t = useT();
  const cards: { testId: string; label: MessageKey; onPress: () => void; picture: ReactNode }[] = [
    { testId: 'start-blank', label: 'home.startBlank', onPress: onStartBlank, picture: <Icon src={ICONS.paintbrush} size={120} /> },
    {
      testId: 'start-colouring',
      label: 'home.startColouring',
      onPress: onStartColouring,
      picture: <img className="home-card__page" src={colouringPicture} alt="" draggable={false} />,
    },
    { testId: 'open-gallery', label: 'home.openGallery', onPress: onOpenGallery, picture: <Icon src={ICONS.framedPicture} size={120} /> },
    ...(onStartPuzzle ? [{ testId: 'start-puzzle', label: 'home.startPuzzle' as const, onPress: onStartPuzzle, picture: <Icon src={ICONS.puzzle} size={120} /> }] : []),
  ];
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
      {notices}
      {/* Switch scanning rests on the cards, not on the adults' corner. */}
      <div className={`home-screen__cards home-screen__cards--${cards.length}`} data-scan-start>
        {cards.map((card) => (
          <BigButton key={card.testId} testId={card.testId} label={t(card.label)} variant="card" className="home-card" onPress={card.onPress}>
            <span className="home-card__paper" aria-hidden="true">
              {card.picture}
            </span>
            <span className="home-card__caption" aria-hidden="true">
              {t(card.label)}
            </span>
          </BigButton>
        ))}
      </div>
    </main>
  );
}
