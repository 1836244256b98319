import type { StageFit } from '../../render/pointerInput';
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import type { CanvasCursor } from './canvasAccess';

/**
 * Where a switch or keyboard user is pointing on the picture: the sweeping line (a row, then a
 * column across the fixed row) or the keyboard cursor, big and high-contrast, drawn over the page.
 */
export function CanvasCursorOverlay({ cursor, fit, label }: { cursor: CanvasCursor; fit: StageFit; label: string }) {
  if (cursor.mode === 'off' || fit.scale <= 0) return null;
  const left = (x: number) => fit.offsetX + x * fit.scale;
  const top = (y: number) => fit.offsetY + y * fit.scale;
  const page = { left: fit.offsetX, top: fit.offsetY, width: DOC_WIDTH * fit.scale, height: DOC_HEIGHT * fit.scale };
  const point = cursor.mode === 'scan' ? cursor.pen : cursor;
  const showPoint = cursor.mode !== 'scan' || cursor.pen.down;
  return (
    <div className="scan-cursor" data-testid="scan-cursor" data-mode={cursor.mode} data-phase={cursor.mode === 'scan' ? cursor.phase : undefined} data-x={point.x} data-y={point.y} data-down={point.down} role="img" aria-label={label}>
      {cursor.mode === 'scan' && !cursor.menu && cursor.phase === 'row' ? <div className="scan-cursor__row" style={{ left: page.left, width: page.width, top: top(cursor.line) }} /> : null}
      {cursor.mode === 'scan' && !cursor.menu && cursor.phase === 'column' ? (
        <>
          <div className="scan-cursor__row scan-cursor__row--fixed" style={{ left: page.left, width: page.width, top: top(cursor.row ?? 0) }} />
          <div className="scan-cursor__column" style={{ top: page.top, height: page.height, left: left(cursor.line) }} />
        </>
      ) : null}
      {showPoint ? <div className={`scan-cursor__point${point.down ? ' scan-cursor__point--down' : ''}`} style={{ left: left(point.x), top: top(point.y) }} /> : null}
    </div>
  );
}
