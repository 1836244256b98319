import type Konva from 'konva';
import { Konva as KonvaGlobal } from 'konva/lib/Global';
import { Layer as KonvaLayer } from 'konva/lib/Layer';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
// Konva's core and only the shape we draw: the full build (filters, text, paths) is not needed.
import 'konva/lib/shapes/Image';
import { Image as KonvaImage, Layer, Stage } from 'react-konva/lib/ReactKonvaCore';
import type { Editor } from '../engine/editor';
import type { FillResult } from '../engine/fill/floodFill';
import type { Rect as DocRect } from '../engine/model/document';
import { DOC_HEIGHT, DOC_WIDTH } from '../engine/model/document';
import { whenIdle } from '../ui/whenIdle';
import type { CanvasSurface } from './canvasSurface';
import { attachPointerInput, guardTouches, type StageFit } from './pointerInput';

// Every layer is drawn when it changes, by the frame loop below or by react-konva for a changed
// prop. Konva's own automatic drawing would draw each layer a second time in the frame after it
// appears (two more screen-sized canvases to upload on the way to the first touch).
KonvaGlobal.autoDrawEnabled = false;

interface DrawingStageProps {
  editor: Editor;
  surface: CanvasSurface;
  /** The colouring page's outlines, drawn above all paint. */
  lineArt: CanvasImageSource | null;
  /** Stabiliser string length in screen pixels. */
  stabiliserPx: number;
  testId: string;
  label: string;
  /** Drawn over the page, placed with the page's fit (the switch and keyboard cursor). */
  overlay?: (fit: StageFit) => ReactNode;
  /** False when the child draws by taps (tap to start, tap to stop): fingers then draw no strokes here. */
  directInput?: boolean;
  /** Told of the picture's element (switch scanning and dwell choose it; pagePoint maps points on it). */
  onElement?: (element: HTMLDivElement | null) => void;
}

/**
 * The picture on screen: paper, the baked paint canvas, and the stroke in progress, each on its
 * own non-listening layer. Pointer input goes straight from the DOM to the editor; drawing happens
 * once per animation frame, and only the layer that changed is redrawn.
 */
export function DrawingStage({ editor, surface, lineArt, stabiliserPx, testId, label, overlay, directInput = true, onElement }: DrawingStageProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const paintLayerRef = useRef<Konva.Layer>(null);
  const liveLayerRef = useRef<Konva.Layer | null>(null);
  const lineArtLayerRef = useRef<Konva.Layer>(null);
  const paintImageRef = useRef<Konva.Image>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const fit = fitPage(box.width, box.height);
  const fitRef = useRef(fit);
  fitRef.current = fit;

  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const measure = () => setBox({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    onElement?.(containerRef.current);
    return () => onElement?.(null);
  }, [onElement]);

  const stageShown = box.width > 0;
  useLayoutEffect(() => {
    if (!stageShown) return;
    for (const layer of [paintLayerRef.current, lineArtLayerRef.current]) if (layer) skipQueuedDraw(layer);
    if (paintLayerRef.current) showLayerCanvas(paintLayerRef.current, surface.version > 0);
    // The stroke layer is made once the picture is on screen (a screen-sized canvas at 2× is a few
    // milliseconds to allocate), or at the first touch if that comes sooner.
    return whenIdle(() => {
      if (stageRef.current) liveLayerOf(stageRef.current, liveLayerRef);
    });
  }, [stageShown]);

  useEffect(() => {
    editor.stabiliserRadius = fit.scale > 0 ? stabiliserPx / fit.scale : 0;
  }, [editor, stabiliserPx, fit.scale]);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    let frame = 0;
    // react-konva has just drawn the layer with the picture as it is: no second full redraw (and
    // no second upload of a screen-sized canvas) in the first frame.
    let paintVersion = surface.version;
    let liveSerial = 0;
    const redrawPaintIfChanged = () => {
      if (surface.version === paintVersion) return;
      paintVersion = surface.version;
      paintImageRef.current?.visible(surface.version > 0);
      const layer = paintLayerRef.current;
      if (!layer) return;
      layer.draw();
      showLayerCanvas(layer, surface.version > 0);
    };
    const draw = () => {
      frame = 0;
      const stage = stageRef.current;
      if (!stage || !paintLayerRef.current) return;
      const live = editor.isDrawing ? liveLayerOf(stage, liveLayerRef) : liveLayerRef.current;
      const view = editor.renderFrame(live && editor.isDrawing ? livePreviewContext(live, fitRef.current, editor.liveSerial !== liveSerial) : undefined);
      if (view && live) {
        // The brush's opacity is set once per stroke, not every frame.
        if (view.serial !== liveSerial) showLiveLayer(live, view.alpha);
        liveSerial = view.serial;
        for (const area of view.areas) if (area.region && area.rect) clipPreview(live, area.region, area.rect);
      } else if (liveSerial !== 0) {
        // The stroke joined the picture (or was dropped): show the picture first, then wipe the preview.
        redrawPaintIfChanged();
        if (live) {
          clearLayer(live);
          hideLiveLayer(live);
        }
        liveSerial = 0;
      }
      redrawPaintIfChanged();
      if (editor.isDrawing) frame = requestAnimationFrame(draw);
    };
    const requestDraw = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    const detachInput = directInput ? attachPointerInput(el, editor, () => fitRef.current, requestDraw) : guardTouches(el);
    const unsubscribe = editor.subscribe(requestDraw);
    requestDraw();
    return () => {
      detachInput();
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [editor, surface, directInput]);

  return (
    // Focusable and a scan item: keyboard drawing and the switch crosshair start here.
    <div ref={containerRef} className="stage-container" data-testid={testId} data-scan-item="canvas" tabIndex={0} role="img" aria-label={label}>
      {/* The white paper and its soft shadow, behind the canvases: a CSS filter on the paint layer
          made the browser re-filter the whole layer on every change (15–20 ms a fill at 2×), and
          a blank page needs no canvas of its own on screen. */}
      {fit.scale > 0 ? (
        <div className="paper" aria-hidden="true" style={{ left: fit.offsetX, top: fit.offsetY, width: DOC_WIDTH * fit.scale, height: DOC_HEIGHT * fit.scale }} />
      ) : null}
      {box.width > 0 && (
        <Stage ref={stageRef} width={box.width} height={box.height} scaleX={fit.scale} scaleY={fit.scale} x={fit.offsetX} y={fit.offsetY} listening={false}>
          {/* The paint, over the paper; shown once there is any (a blank page's first frame uploads no canvas). */}
          <Layer ref={paintLayerRef} listening={false}>
            {/* A picture nobody has painted on yet shows only paper: no full-page copy on opening. */}
            <KonvaImage ref={paintImageRef} image={surface.paintCanvas as HTMLCanvasElement} width={DOC_WIDTH} height={DOC_HEIGHT} visible={surface.version > 0} perfectDrawEnabled={false} />
          </Layer>
          {/* The stroke in progress has its own layer here, added by liveLayerOf. */}
          {lineArt ? (
            <Layer ref={lineArtLayerRef} listening={false}>
              <KonvaImage image={lineArt as HTMLImageElement} width={DOC_WIDTH} height={DOC_HEIGHT} perfectDrawEnabled={false} />
            </Layer>
          ) : null}
        </Stage>
      )}
      {overlay?.(fit)}
    </div>
  );
}

/**
 * The layer the stroke in progress is drawn into, only the new points each frame: made on first
 * use, just above the paint (under the page's outlines), hidden while no stroke is drawn.
 */
function liveLayerOf(stage: Konva.Stage, ref: { current: Konva.Layer | null }): Konva.Layer {
  if (ref.current && ref.current.getStage() === stage) return ref.current;
  const layer = new KonvaLayer({ listening: false });
  hideLiveLayer(layer);
  stage.add(layer);
  layer.setZIndex(1);
  ref.current = layer;
  return layer;
}

/** The live layer's 2D context, mapped to document coordinates; wiped when a new stroke begins. */
function livePreviewContext(layer: Konva.Layer, fit: StageFit, newStroke: boolean): CanvasRenderingContext2D | undefined {
  const ctx = layer.getNativeCanvasElement().getContext('2d');
  if (!ctx || fit.scale <= 0) return undefined;
  if (newStroke) clearLayer(layer);
  const ratio = layer.getCanvas().getPixelRatio();
  ctx.setTransform(ratio * fit.scale, 0, 0, ratio * fit.scale, ratio * fit.offsetX, ratio * fit.offsetY);
  return ctx;
}

/** Keeps the on-screen stroke inside its region, over just the area drawn this frame. */
function clipPreview(layer: Konva.Layer, region: FillResult, dirty: DocRect): void {
  const ctx = layer.getNativeCanvasElement().getContext('2d');
  if (!ctx) return;
  const mask = regionMaskCanvas(region);
  ctx.save();
  ctx.beginPath();
  ctx.rect(dirty.x, dirty.y, dirty.width, dirty.height);
  ctx.clip();
  ctx.globalCompositeOperation = 'destination-in';
  ctx.drawImage(mask, region.bounds.x, region.bounds.y);
  ctx.restore();
}

const maskCanvases = new WeakMap<FillResult, HTMLCanvasElement>();

/** The region as an opaque shape on a canvas the size of its bounds (made once per region). */
function regionMaskCanvas(region: FillResult): HTMLCanvasElement {
  let canvas = maskCanvases.get(region);
  if (canvas) return canvas;
  const { bounds, mask } = region;
  canvas = document.createElement('canvas');
  canvas.width = bounds.width;
  canvas.height = bounds.height;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const image = ctx.createImageData(bounds.width, bounds.height);
    const words = new Uint32Array(image.data.buffer);
    for (let y = 0; y < bounds.height; y++) {
      const row = (bounds.y + y) * DOC_WIDTH + bounds.x;
      for (let x = 0; x < bounds.width; x++) if (mask[row + x] !== 0) words[y * bounds.width + x] = 0xff000000;
    }
    ctx.putImageData(image, 0, 0);
  }
  maskCanvases.set(region, canvas);
  return canvas;
}

/**
 * The stroke-in-progress layer is a screen-sized canvas (at 2× on a tablet): hidden while no
 * stroke is drawn, the browser neither uploads nor composites it (the first frame and every fill).
 */
function showLiveLayer(layer: Konva.Layer, alpha: number): void {
  const style = layer.getNativeCanvasElement().style;
  style.opacity = String(alpha);
  style.visibility = 'visible';
}

/**
 * Konva draws a layer as it joins the stage, and react-konva has by then also queued a draw of it
 * for the next frame: the same pixels again, and one more full upload before the first touch.
 * Skips one draw of a layer that has such a draw queued (whichever of the two runs first, the
 * other draws the picture as it is then). Without Konva's private flag this does nothing.
 */
function skipQueuedDraw(layer: Konva.Layer): void {
  const pending = (layer as unknown as { _waitingForDraw?: boolean })._waitingForDraw;
  if (!pending) return;
  const realDraw = layer.draw;
  layer.draw = function skipOnce(this: Konva.Layer) {
    layer.draw = realDraw;
    return this;
  };
}

/** A layer's canvas on screen or not: a transparent canvas is not uploaded. */
function showLayerCanvas(layer: Konva.Layer, shown: boolean): void {
  const style = layer.getNativeCanvasElement().style;
  const opacity = shown ? '' : '0';
  if (style.opacity !== opacity) style.opacity = opacity;
}

function hideLiveLayer(layer: Konva.Layer): void {
  layer.getNativeCanvasElement().style.visibility = 'hidden';
}

function clearLayer(layer: Konva.Layer): void {
  const canvas = layer.getNativeCanvasElement();
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
}

/** A point on screen as the page's pixels, on the picture's element; null before it is laid out. */
export function pagePoint(element: HTMLElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const fit = fitPage(element.clientWidth, element.clientHeight);
  if (fit.scale <= 0) return null;
  const box = element.getBoundingClientRect();
  return { x: (clientX - box.left - fit.offsetX) / fit.scale, y: (clientY - box.top - fit.offsetY) / fit.scale };
}

export function fitPage(width: number, height: number): StageFit {
  if (width <= 0 || height <= 0) return { scale: 0, offsetX: 0, offsetY: 0 };
  const scale = Math.min(width / DOC_WIDTH, height / DOC_HEIGHT);
  return { scale, offsetX: (width - DOC_WIDTH * scale) / 2, offsetY: (height - DOC_HEIGHT * scale) / 2 };
}
