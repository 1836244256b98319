import { useEffect, useState } from 'react';
import { PIECE_COUNTS, type PieceCount } from '../../engine/puzzle/puzzle';
import type { Child } from '../../engine/model/children';
import type { Language } from '../../engine/model/settings';
import { listGalleryItems, type GalleryItem } from '../../storage/galleryRepository';
import { BigButton } from '../../ui/BigButton';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ChildFilter } from '../children/ChildFilter';
import type { PageInfo } from '../colouring/pages';
import { useThumbnail, type ThumbnailMaker } from '../gallery/useThumbnail';
import { countLabel, useLanguage, useT } from '../i18n/i18n';
import type { PuzzleSource } from './puzzleSource';

interface PuzzlePickerProps {
  pages: PageInfo[];
  /** The child's pictures are offered too when the device keeps them. */
  storageOk: boolean;
  /** With children set up, a child picks their own badge to see only their pictures. */
  childList: Child[];
  defaultPieces: PieceCount;
  makeThumbnail: ThumbnailMaker;
  onPick: (source: PuzzleSource, pieces: PieceCount) => void;
  onHome: () => void;
}

/** Which picture becomes the puzzle, and into how many pieces: big pictures, no reading needed. */
export function PuzzlePicker({ pages, storageOk, childList, defaultPieces, makeThumbnail, onPick, onHome }: PuzzlePickerProps) {
  const t = useT();
  const language = useLanguage();
  const [pieces, setPieces] = useState<PieceCount>(defaultPieces);
  const [all, setAll] = useState<GalleryItem[]>([]);
  const [child, setChild] = useState<string | null>(null);
  // The newest twelve: everyone's, or the chosen child's own.
  const own = all.filter((item) => child === null || item.childId === child).slice(0, 12);
  useEffect(() => {
    if (!storageOk) return;
    let alive = true;
    listGalleryItems().then(
      (items) => alive && setAll(items),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [storageOk]);
  return (
    <main className={`screen puzzle-picker${storageOk && childList.length > 0 ? ' puzzle-picker--children' : ''}`} data-testid="puzzle-picker" aria-label={t('puzzle.choose')}>
      <ScreenHeader title={t('puzzle.choose')} homeLabel={t('actions.home')} onHome={onHome} />
      <div className="puzzle-picker__pieces" role="group" aria-label={t('puzzle.pieces')} data-scan-group="pieces">
        {PIECE_COUNTS.map((n) => (
          <BigButton key={n} testId={`puzzle-pieces-${n}`} label={countLabel(language, 'puzzle.piecesN', n)} variant="size" pressed={pieces === n} onPress={() => setPieces(n)}>
            <PieceGridIcon count={n} />
          </BigButton>
        ))}
      </div>
      {storageOk ? <ChildFilter childList={childList} chosen={child} onChoose={setChild} testIdPrefix="puzzle-filter" scanGroup="children" /> : null}
      <div className="puzzle-picker__sources" data-scan-group="sources" data-scan-start>
        {own.map((item, i) => (
          <OwnPictureCard key={item.id} item={item} makeThumbnail={makeThumbnail} label={`${t('puzzle.ownPicture')} ${i + 1}`} onPress={() => onPick({ kind: 'artwork', artworkId: item.id }, pieces)} />
        ))}
        {pages.map((page) => (
          <BigButton key={page.id} testId={`puzzle-source-${page.id}`} label={page.names[language as Language]} variant="card" className="puzzle-source" onPress={() => onPick({ kind: 'page', pageId: page.id }, pieces)}>
            <img src={page.files.hint} alt="" draggable={false} loading="lazy" />
          </BigButton>
        ))}
      </div>
    </main>
  );
}

function OwnPictureCard({ item, makeThumbnail, label, onPress }: { item: GalleryItem; makeThumbnail: ThumbnailMaker; label: string; onPress: () => void }) {
  const { ref, url } = useThumbnail(item.id, item.updatedAt, makeThumbnail);
  return (
    <span ref={ref as React.RefObject<HTMLSpanElement>} className="puzzle-source-wrap">
      <BigButton testId={`puzzle-source-${item.id}`} label={label} variant="card" className="puzzle-source puzzle-source--own" onPress={onPress}>
        {url ? <img src={url} alt="" draggable={false} /> : null}
      </BigButton>
    </span>
  );
}

/** The number of pieces drawn as the grid it makes, so a child sees "few" or "many" without counting. */
function PieceGridIcon({ count }: { count: PieceCount }) {
  const cols = count === 2 || count === 4 ? 2 : 3;
  const rows = count === 2 ? 1 : count === 9 ? 3 : 2;
  return (
    <span className="piece-grid-icon" style={{ gridTemplateColumns: `repeat(${cols}, 1fr)`, gridTemplateRows: `repeat(${rows}, 1fr)` }} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} />
      ))}
      <b>{count}</b>
    </span>
  );
}
