import { FEELINGS, type Feeling, type FeelingMoment } from '../../engine/model/reflections';
import type { Child } from '../../engine/model/children';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { ChildBadge } from '../children/ChildBadge';
import { useT } from '../i18n/i18n';
import { speakLabel } from '../sound/speech';
import { FeelingFace } from './FeelingFace';

interface FeelingsCheckInProps {
  moment: FeelingMoment;
  child: Child | null;
  onChoose: (feeling: Feeling | null) => void;
}

/**
 * Before a new picture and after "done": six big faces and a skip, nothing to read. The question
 * is there for the adult beside the child (and spoken names where the device has a voice).
 */
export function FeelingsCheckIn({ moment, child, onChoose }: FeelingsCheckInProps) {
  const t = useT();
  const question = t(moment === 'before' ? 'feelings.before' : 'feelings.after');
  return (
    <main className="screen feelings-screen" data-testid={`feelings-${moment}`} aria-label={question}>
      <header className="feelings-screen__header">
        {child ? <ChildBadge child={child} size={72} /> : null}
        <h1 className="feelings-screen__question">{question}</h1>
      </header>
      <div className="feelings-screen__faces" role="group" aria-label={question}>
        {FEELINGS.map((feeling) => (
          <BigButton
            key={feeling}
            testId={`feeling-${feeling}`}
            label={t(`feeling.${feeling}`)}
            variant="card"
            className="feeling-card"
            onPress={() => {
              speakLabel(t(`feeling.${feeling}`), { always: true });
              onChoose(feeling);
            }}
          >
            <FeelingFace feeling={feeling} size={150} />
            <span className="feeling-card__name" aria-hidden="true">
              {t(`feeling.${feeling}`)}
            </span>
          </BigButton>
        ))}
      </div>
      <BigButton testId="feeling-skip" label={t('feelings.skip')} className="feelings-screen__skip" onPress={() => onChoose(null)}>
        <Icon src={ICONS.skipArrow} size={48} />
        <span aria-hidden="true">{t('feelings.skip')}</span>
      </BigButton>
    </main>
  );
}
