import type { Feeling } from '../../engine/model/reflections';
import { useT } from '../i18n/i18n';
import { FeelingFace } from './FeelingFace';

/** The small pair on a gallery card or a timeline entry: before → after; names for screen readers. */
export function FeelingPair({ before, after, size = 36 }: { before: Feeling | null; after: Feeling | null; size?: number }) {
  const t = useT();
  const name = (feeling: Feeling | null) => (feeling ? t(`feeling.${feeling}`) : t('feelings.notAsked'));
  if (!before && !after) return null;
  return (
    <span className="feeling-pair" role="img" aria-label={`${t('feelings.label')}: ${name(before)} → ${name(after)}`} data-testid="feeling-pair" data-before={before ?? ''} data-after={after ?? ''}>
      {before ? <FeelingFace feeling={before} size={size} /> : <span className="feeling-pair__none" style={{ width: size, height: size }} />}
      <span aria-hidden="true">→</span>
      {after ? <FeelingFace feeling={after} size={size} /> : <span className="feeling-pair__none" style={{ width: size, height: size }} />}
    </span>
  );
}
