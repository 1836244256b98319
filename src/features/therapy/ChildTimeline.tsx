import { useEffect, useState } from 'react';
import type { Child } from '../../engine/model/children';
import { PALETTE } from '../../engine/model/palette';
import { useLanguage, useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { type ThumbnailMaker, useThumbnail } from '../gallery/useThumbnail';
import { coverageOfThumbnail, type LineArtLoader } from './coverage';
import { FeelingPair } from './FeelingPair';
import { NoteEditor } from './NoteEditor';
import { coloursText, coveredText, timeText } from './figureText';
import { loadChildTimeline, type TimelineEntry } from './timeline';

interface ChildTimelineProps {
  child: Child;
  /** A colouring page's outlines, so they are not counted as the child's paint. */
  loadLineArt: LineArtLoader;
  makeThumbnail: ThumbnailMaker;
  pageName: (pageId: string | null) => string | null;
}

/** Every picture of one child in order, with what the process and the check-in tell, and the therapist's notes. */
export function ChildTimeline({ child, loadLineArt, makeThumbnail, pageName }: ChildTimelineProps) {
  const t = useT();
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  useEffect(() => {
    let alive = true;
    loadChildTimeline(child.id).then(
      (loaded) => alive && setEntries(loaded),
      (error: unknown) => {
        console.warn('Timeline not read', error);
        if (alive) setEntries([]);
      },
    );
    return () => {
      alive = false;
    };
  }, [child.id]);
  if (entries === null) return <p aria-busy="true">{t('loading')}</p>;
  if (entries.length === 0) return <p className="timeline__empty">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={`${child.name}: ${t('timeline.title')}`}>
      {entries.map((entry) => (
        <TimelineItem key={entry.item.id} entry={entry} loadLineArt={loadLineArt} makeThumbnail={makeThumbnail} pageName={pageName(entry.item.pageId)} />
      ))}
    </ol>
  );
}

function TimelineItem({ entry, loadLineArt, makeThumbnail, pageName }: { entry: TimelineEntry; loadLineArt: ChildTimelineProps['loadLineArt']; makeThumbnail: ThumbnailMaker; pageName: string | null }) {
  const t = useT();
  const language = useLanguage();
  const { item, figures, feelings, note } = entry;
  const { ref, url } = useThumbnail(item.id, item.updatedAt, makeThumbnail);
  const covered = useCoverage(url, item.pageId, loadLineArt);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(item.createdAt);
  return (
    <li className="timeline__entry" data-testid={`timeline-entry-${item.id}`} ref={ref as React.RefObject<HTMLLIElement>}>
      <span className="timeline__thumb">{url ? <img src={url} alt="" /> : null}</span>
      <div className="timeline__facts">
        <p className="timeline__date">
          <strong>{date}</strong>
          {pageName ? ` · ${pageName}` : ''}
        </p>
        <p className="timeline__figures" data-testid={`timeline-figures-${item.id}`}>
          <span data-figure="time">{timeText(language, figures?.drawingMs ?? null)}</span>
          {figures ? <span data-figure="colours">{coloursText(language, figures.colours.length)}</span> : null}
          {covered !== null ? <span data-figure="covered">{coveredText(language, covered)}</span> : null}
        </p>
        {figures && figures.colours.length > 0 ? (
          <p className="timeline__swatches" aria-hidden="true">
            {figures.colours.map((hex) => (
              <span key={hex} className="timeline__swatch" style={{ background: hex }} title={colourName(hex, t)} />
            ))}
          </p>
        ) : null}
        {figures && figures.tools.length > 0 ? (
          <p className="timeline__tools">
            {t('timeline.tools')}: {figures.tools.map((tool) => t(`tools.${tool}` as MessageKey)).join(', ')}
          </p>
        ) : null}
        {feelings ? <FeelingPair before={feelings.before} after={feelings.after} size={40} /> : null}
        <NoteEditor artworkId={item.id} initial={note?.text ?? ''} />
      </div>
    </li>
  );
}

function colourName(hex: string, t: (key: MessageKey) => string): string {
  const named = PALETTE.find((c) => c.hex === hex);
  return named ? t(`colors.${named.name}` as MessageKey) : hex;
}

/** The covered share, once the thumbnail is there (null until then, or if it cannot be read). */
function useCoverage(thumbnailUrl: string | null, pageId: string | null, loadLineArt: LineArtLoader): number | null {
  const [covered, setCovered] = useState<number | null>(null);
  useEffect(() => {
    if (!thumbnailUrl) return;
    let alive = true;
    coverageOfThumbnail(thumbnailUrl, pageId, loadLineArt).then(
        (share) => alive && setCovered(share),
        (error: unknown) => console.warn('Coverage not measured', error),
      );
    return () => {
      alive = false;
    };
  }, [thumbnailUrl, pageId, loadLineArt]);
  return covered;
}
