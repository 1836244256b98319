import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import { composeFrame } from './replayFrames';
import type { ReplayPicture } from './replayPicture';

/** The time-lapse a parent keeps: at most 1280 px wide, a few MB, the picture held at the end. */
export const VIDEO_WIDTH = 1280;
const VIDEO_FPS = 30;
/** Plenty for a drawing that changes a little each frame: a 42 s video is about 3 MB. */
const VIDEO_BITRATE = 500_000;
const HOLD_END_MS = 2000;
/** The last resort (no video encoder in this browser): a smaller, slower animated GIF. */
const GIF_WIDTH = 480;
const GIF_FPS = 8;

export type VideoKind = 'webm' | 'mp4' | 'gif';

export interface ExportedVideo {
  blob: Blob;
  kind: VideoKind;
  width: number;
  height: number;
  frames: number;
}

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

/** Even sizes: H.264 needs them, and the page keeps its shape. */
export function videoSize(width: number): { width: number; height: number } {
  const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
  return { width: even(width), height: even((width * DOC_HEIGHT) / DOC_WIDTH) };
}

/**
 * Encodes the replay as fast as the device allows (not in real time): WebM (VP8) where the browser
 * has a WebCodecs encoder for it, else MP4 (H.264, as on iPads), else an animated GIF.
 */
export async function exportReplay(picture: ReplayPicture, onProgress: (share: number) => void, signal: AbortSignal): Promise<ExportedVideo> {
  const kind = await chooseKind();
  return kind === 'gif' ? encodeGif(picture, onProgress, signal) : encodeVideo(picture, kind, onProgress, signal);
}

async function chooseKind(): Promise<VideoKind> {
  if (typeof VideoEncoder === 'undefined') return 'gif';
  const { canEncodeVideo } = await import('mediabunny');
  const size = videoSize(VIDEO_WIDTH);
  if (await canEncodeVideo('vp8', { ...size, bitrate: VIDEO_BITRATE }).catch(() => false)) return 'webm';
  if (await canEncodeVideo('avc', { ...size, bitrate: VIDEO_BITRATE }).catch(() => false)) return 'mp4';
  return 'gif';
}

/** Steps through the replay frame by frame, handing each composed frame to `add`. */
async function renderFrames(picture: ReplayPicture, width: number, fps: number, signal: AbortSignal, onProgress: (share: number) => void, add: (canvas: HTMLCanvasElement, index: number, frameMs: number) => Promise<void>): Promise<{ frames: number; height: number }> {
  const size = videoSize(width);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: fps < 10 });
  if (!ctx) throw new Error('No 2D canvas');
  const surface = picture.newSurface();
  const run = picture.newRun(surface);
  const frameMs = 1000 / fps;
  const count = Math.ceil((picture.schedule.total + HOLD_END_MS) / frameMs);
  try {
    for (let i = 0; i < count; i++) {
      if (signal.aborted) throw new ExportCancelled();
      const live = run.advanceTo(i * frameMs);
      composeFrame(ctx, surface, live, picture.lineArt);
      await add(canvas, i, frameMs);
      onProgress((i + 1) / count);
      // Let the screen breathe (the progress bar, the cancel button) between frames.
      if (i % 5 === 4) await new Promise((r) => setTimeout(r, 0));
    }
  } finally {
    surface.dispose();
  }
  canvas.width = 0;
  return { frames: count, height: size.height };
}

async function encodeVideo(picture: ReplayPicture, kind: 'webm' | 'mp4', onProgress: (share: number) => void, signal: AbortSignal): Promise<ExportedVideo> {
  const { BufferTarget, CanvasSource, Mp4OutputFormat, Output, WebMOutputFormat } = await import('mediabunny');
  const size = videoSize(VIDEO_WIDTH);
  const output = new Output({ format: kind === 'webm' ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' }), target: new BufferTarget() });
  let source: InstanceType<typeof CanvasSource> | null = null;
  try {
    const { frames } = await renderFrames(picture, VIDEO_WIDTH, VIDEO_FPS, signal, onProgress, async (canvas, index, frameMs) => {
      if (!source) {
        source = new CanvasSource(canvas, { codec: kind === 'webm' ? 'vp8' : 'avc', bitrate: VIDEO_BITRATE, keyFrameInterval: 2 });
        output.addVideoTrack(source, { frameRate: VIDEO_FPS });
        await output.start();
      }
      await source.add((index * frameMs) / 1000, frameMs / 1000);
    });
    await output.finalize();
    const buffer = output.target.buffer;
    if (!buffer) throw new Error('The video was not written');
    return { blob: new Blob([buffer], { type: kind === 'webm' ? 'video/webm' : 'video/mp4' }), kind, ...size, frames };
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => undefined);
    throw error;
  }
}

async function encodeGif(picture: ReplayPicture, onProgress: (share: number) => void, signal: AbortSignal): Promise<ExportedVideo> {
  const { GIFEncoder, applyPalette, quantize } = await import('gifenc');
  const gif = GIFEncoder();
  const size = videoSize(GIF_WIDTH);
  const { frames } = await renderFrames(picture, GIF_WIDTH, GIF_FPS, signal, onProgress, async (canvas, _index, frameMs) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), canvas.width, canvas.height, { palette, delay: Math.round(frameMs) });
  });
  gif.finish();
  return { blob: new Blob([gif.bytes()], { type: 'image/gif' }), kind: 'gif', ...size, frames };
}
