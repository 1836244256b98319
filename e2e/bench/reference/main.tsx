// Benchmark peer, not shipped: Konva's documented react-konva free-drawing pattern, written for
// this benchmark. Every stroke is one <Line> kept in React state, and every pointer move copies
// the list and re-renders it (see konvajs.org "Free Drawing" for React).
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Layer, Line, Stage } from 'react-konva';
import type { KonvaEventObject } from 'konva/lib/Node';

interface Stroke {
  points: number[];
}

function FreeDrawing() {
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const drawing = useRef(false);

  const begin = (e: KonvaEventObject<Event>) => {
    const pos = e.target.getStage()?.getPointerPosition();
    if (!pos) return;
    drawing.current = true;
    setStrokes([...strokes, { points: [pos.x, pos.y] }]);
  };
  const extend = (e: KonvaEventObject<Event>) => {
    if (!drawing.current) return;
    const pos = e.target.getStage()?.getPointerPosition();
    if (!pos) return;
    const last = strokes[strokes.length - 1];
    if (!last) return;
    last.points = last.points.concat([pos.x, pos.y]);
    strokes.splice(strokes.length - 1, 1, last);
    setStrokes(strokes.concat());
  };
  const end = () => {
    drawing.current = false;
  };

  return (
    <div data-testid="canvas" style={{ width: '100vw', height: '100vh' }}>
      <Stage
        width={window.innerWidth}
        height={window.innerHeight}
        onMouseDown={begin}
        onMouseMove={extend}
        onMouseUp={end}
        onTouchStart={begin}
        onTouchMove={extend}
        onTouchEnd={end}
      >
        <Layer>
          {strokes.map((stroke, i) => (
            <Line key={i} points={stroke.points} stroke="#e53935" strokeWidth={14} tension={0.5} lineCap="round" lineJoin="round" />
          ))}
        </Layer>
      </Stage>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FreeDrawing />);
