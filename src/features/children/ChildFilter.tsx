import type { Child } from '../../engine/model/children';
import { useT } from '../i18n/i18n';
import { ChildBadge } from './ChildBadge';

interface ChildFilterProps {
  childList: Child[];
  /** The child whose pictures show; null: everyone's. */
  chosen: string | null;
  onChoose: (childId: string | null) => void;
  /** Test ids: `<prefix>-all` and `<prefix>-<child id>`. */
  testIdPrefix: string;
  scanGroup?: string;
}

/** "Everyone" and each child's badge and name: a child finds their own pictures by their picture. */
export function ChildFilter({ childList, chosen, onChoose, testIdPrefix, scanGroup }: ChildFilterProps) {
  const t = useT();
  if (childList.length === 0) return null;
  return (
    <div className="child-filter" role="group" aria-label={t('children.title')} data-scan-group={scanGroup}>
      <button type="button" className="settings-button" data-testid={`${testIdPrefix}-all`} aria-pressed={chosen === null} onClick={() => onChoose(null)}>
        {t('gallery.filterAll')}
      </button>
      {childList.map((child) => (
        <button key={child.id} type="button" className="settings-button child-filter__child" data-testid={`${testIdPrefix}-${child.id}`} aria-pressed={chosen === child.id} aria-label={child.name} onClick={() => onChoose(child.id)}>
          <ChildBadge child={child} size={40} />
          <span aria-hidden="true">{child.name}</span>
        </button>
      ))}
    </div>
  );
}
