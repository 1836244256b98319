import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react';
import { cutPuzzle, gridOf, type PieceCount, PuzzleGame, trayOrder } from '../../engine/puzzle/puzzle';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useT } from '../i18n/i18n';
import { playSound } from '../sound/sound';
import type { PuzzleImageLoader, PuzzleSource } from './puzzleSource';

interface PuzzleScreenProps {
  source: PuzzleSource;
  pieces: PieceCount;
  loadImage: PuzzleImageLoader;
  onAgain: () => void;
  /** Prints the finished puzzle as a sheet to cut out at the table. */
  onPrint: (imageUrl: string, cols: number, rows: number) => void;
  onHome: () => void;
}

/** The picture's proportions (every picture and colouring page is 2400 × 1697). */
const PICTURE = { width: 2400, height: 1697 };
/** A finger that moves this far with a piece is carrying it, not tapping it. */
const DRAG_START_PX = 12;
/** How long a piece put in the wrong place takes to float back to the tray. */
const FLOAT_BACK_MS = 600;

/**
 * The puzzle: a faint ghost of the picture with a place for each piece, and the pieces in a tray.
 * Tap a piece, then its place: the right place locks it with a soft sound; a wrong one floats it
 * gently back. No timer, no score.
 */
export function PuzzleScreen({ source, pieces, loadImage, onAgain, onPrint, onHome }: PuzzleScreenProps) {
  const t = useT();
  const [image, setImage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    let loaded: string | null = null;
    loadImage(source).then(
      (url) => {
        loaded = url;
        if (alive) setImage(url);
      },
      (error: unknown) => {
        console.warn('Puzzle picture not loaded', error);
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
      // A child's own picture is a blob made for this puzzle: free it with the puzzle.
      if (loaded?.startsWith('blob:')) URL.revokeObjectURL(loaded);
    };
  }, [source, loadImage]);

  const game = useMemo(() => new PuzzleGame(pieces), [pieces]);
  const rects = useMemo(() => cutPuzzle(PICTURE.width, PICTURE.height, pieces), [pieces]);
  const order = useMemo(() => trayOrder(pieces, (Date.now() & 0xffff) + 1), [pieces]);
  const [, redraw] = useState(0);
  const [returning, setReturning] = useState<number | null>(null);
  const returnTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(returnTimer.current), []);
  const { cols, rows } = gridOf(pieces);

  // Dragging works too (never needed): a piece carried past a few pixels follows the finger and
  // is placed where it is let go, like a tap on that place.
  const [carried, setCarried] = useState<{ piece: number; x: number; y: number } | null>(null);
  const startDrag = (e: React.PointerEvent) => {
    const piece = Number((e.target as HTMLElement).closest<HTMLElement>('[data-testid^="puzzle-piece-"]')?.dataset.testid?.slice('puzzle-piece-'.length) ?? NaN);
    if (Number.isNaN(piece) || game.isPlaced(piece)) return;
    const { pointerId, clientX: x0, clientY: y0 } = e;
    let moved = false;
    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== pointerId) return;
      moved ||= Math.hypot(ev.clientX - x0, ev.clientY - y0) > DRAG_START_PX;
      if (moved) setCarried({ piece, x: ev.clientX, y: ev.clientY });
    };
    const end = (ev: PointerEvent) => {
      if (ev.pointerId !== pointerId) return;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      setCarried(null);
      if (!moved || ev.type === 'pointercancel') return;
      const slot = Number(document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLElement>('[data-slot]')?.dataset.slot ?? NaN);
      if (Number.isNaN(slot)) return;
      if (game.selected !== piece) game.select(piece);
      place(slot);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };

  const pick = (piece: number) => {
    game.select(piece);
    redraw((n) => n + 1);
  };
  const place = (slot: number) => {
    const piece = game.selected;
    const result = game.placeAt(slot);
    if (result === 'placed') playSound(game.done ? 'celebrate' : 'stamp');
    if (result === 'wrong' && piece !== null) {
      setReturning(piece);
      clearTimeout(returnTimer.current);
      returnTimer.current = setTimeout(() => setReturning(null), FLOAT_BACK_MS);
    }
    redraw((n) => n + 1);
  };

  /** The part of the picture piece k shows, as a background of the whole picture moved into place. */
  const pieceStyle = (k: number): CSSProperties => {
    const r = rects[k]!;
    const x = PICTURE.width === r.width ? 0 : (r.x / (PICTURE.width - r.width)) * 100;
    const y = PICTURE.height === r.height ? 0 : (r.y / (PICTURE.height - r.height)) * 100;
    return image ? { backgroundImage: `url("${image}")`, backgroundSize: `${cols * 100}% ${rows * 100}%`, backgroundPosition: `${x}% ${y}%` } : {};
  };

  return (
    <main className="screen puzzle-screen" data-testid="puzzle-screen" aria-label={t('puzzle.title')} data-placed={game.placedCount}>
      <ScreenHeader title={t('puzzle.title')} homeLabel={t('actions.home')} onHome={onHome} />
      {failed ? <p className="puzzle-screen__failed">{t('puzzle.notLoaded')}</p> : null}
      <div className="puzzle-screen__play">
        <div className="puzzle-board" style={{ gridTemplateColumns: `repeat(${cols}, 1fr)`, gridTemplateRows: `repeat(${rows}, 1fr)` }} data-scan-group="board">
          {image ? <img className="puzzle-board__ghost" src={image} alt="" draggable={false} /> : null}
          {rects.map((_, k) =>
            game.isPlaced(k) ? (
              <span key={k} className="puzzle-slot puzzle-slot--filled" data-testid={`puzzle-slot-${k}`} data-placed="true" style={pieceStyle(k)} />
            ) : (
              <button key={k} type="button" className="puzzle-slot" data-testid={`puzzle-slot-${k}`} data-slot={k} aria-label={t('puzzle.place').replace('{n}', String(k + 1))} disabled={game.selected === null} onClick={() => place(k)} />
            ),
          )}
        </div>
        <div className="puzzle-tray" role="group" aria-label={t('puzzle.tray')} data-scan-group="tray" onPointerDown={startDrag}>
          {order
            .filter((k) => !game.isPlaced(k))
            .map((k) => (
              <BigButton key={k} testId={`puzzle-piece-${k}`} label={t('puzzle.piece').replace('{n}', String(order.indexOf(k) + 1))} variant="card" className={`puzzle-piece${returning === k ? ' puzzle-piece--returning' : ''}`} pressed={game.selected === k} onPress={() => pick(k)}>
                <span className="puzzle-piece__picture" style={pieceStyle(k)} aria-hidden="true" />
              </BigButton>
            ))}
        </div>
      </div>
      {carried ? <span className="puzzle-piece__picture puzzle-carried" style={{ ...pieceStyle(carried.piece), left: carried.x, top: carried.y }} aria-hidden="true" /> : null}
      {game.done ? (
        <div className="puzzle-done" data-testid="puzzle-done" role="status">
          <Icon src={ICONS.glowingStar} size={96} />
          <p>{t('puzzle.done')}</p>
          <BigButton testId="puzzle-again" label={t('puzzle.again')} onPress={onAgain}>
            <Icon src={ICONS.puzzle} size={48} />
          </BigButton>
          {image ? (
            <BigButton testId="puzzle-print" label={t('puzzle.print')} onPress={() => onPrint(image, cols, rows)}>
              <Icon src={ICONS.printer} size={48} />
            </BigButton>
          ) : null}
        </div>
      ) : null}
    </main>
  );
}
