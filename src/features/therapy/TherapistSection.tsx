import { useEffect, useState } from 'react';
import type { Child } from '../../engine/model/children';
import { asksFeelings, type Settings } from '../../engine/model/settings';
import { Switch } from '../../ui/Switch';
import { ChildBadge } from '../children/ChildBadge';
import type { ThumbnailMaker } from '../gallery/useThumbnail';
import { useT } from '../i18n/i18n';
import { ChildTimeline } from './ChildTimeline';
import type { LineArtLoader } from './coverage';

interface TherapistSectionProps {
  /** Changes when the pictures changed behind the timeline's back (an import, a wipe, the bin). */
  version: number;
  settings: Settings;
  childList: Child[];
  onChange: (next: Settings) => void;
  loadLineArt: LineArtLoader;
  makeThumbnail: ThumbnailMaker;
  pageName: (pageId: string | null) => string | null;
  onPrintReport: (child: Child) => void;
}

/** Behind the adult gate: the feelings check-in switch and each child's timeline with notes. */
export function TherapistSection({ version, settings, childList, onChange, loadLineArt, makeThumbnail, pageName, onPrintReport }: TherapistSectionProps) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  // A child removed (the end-of-session wipe) closes their timeline, for good.
  const present = open === null || childList.some((c) => c.id === open);
  useEffect(() => {
    if (!present) setOpen(null);
  }, [present]);
  return (
    <section aria-labelledby="s-therapist" className="therapist-section">
      <h2 id="s-therapist">{t('therapist.title')}</h2>
      <Switch
        testId="feelings-checkin"
        label={t('therapist.checkin')}
        checked={asksFeelings(settings, childList.length)}
        onChange={(on) => onChange({ ...settings, feelingsCheckin: on })}
      />
      <ul className="therapist-section__children">
        {childList.map((child) => (
          <li key={child.id}>
            <div className="settings-row">
              <button
                type="button"
                className="settings-button therapist-section__child"
                data-testid={`timeline-${child.id}`}
                aria-expanded={open === child.id}
                onClick={() => setOpen(open === child.id ? null : child.id)}
              >
                <ChildBadge child={child} size={40} />
                <span>
                  {child.name} · {t('timeline.open')}
                </span>
              </button>
            </div>
            {open === child.id ? (
              <div className="therapist-section__timeline">
                <button type="button" className="settings-button" data-testid="print-report" onClick={() => onPrintReport(child)}>
                  {t('report.print')}
                </button>
                <ChildTimeline key={version} child={child} loadLineArt={loadLineArt} makeThumbnail={makeThumbnail} pageName={pageName} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
