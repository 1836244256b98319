/// <reference lib="webworker" />
/**
 * Traces a therapist's photo or drawing into a colouring page, off the main thread: the child
 * drawing on the same tablet never feels it. Decodes only what is small enough, fits it onto the
 * page, traces it, and sends back three PNGs (line art, picker thumbnail, colour hint).
 */
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import { imageHeader } from '../../engine/model/png';
import { MAX_PICTURE_PIXELS } from '../../engine/model/validation';
import type { TraceDetail } from '../../engine/trace/flatten';
import { traceToPage } from '../../engine/trace/pageFromPicture';
import { type TraceReply, type TraceRequest, OUTLINE_RGB, PAGE_MARGIN, THUMB_WIDTH, HINT_WIDTH } from './traceProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<TraceRequest>) => {
  void tracePicture(event.data.file, event.data.detail).then(
    (reply) => self.postMessage(reply, reply.ok ? [reply.lineart.buffer, reply.thumb.buffer, reply.hint.buffer] : []),
    (error: unknown) => self.postMessage({ ok: false, problem: 'failed', detail: String(error) } satisfies TraceReply),
  );
};

async function tracePicture(file: Blob, detail: TraceDetail): Promise<TraceReply> {
  const header = imageHeader(new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer()));
  if (!header) return { ok: false, problem: 'notImage', detail: `not a PNG, JPEG or WebP (${file.type || 'no type'})` };
  if (header.width * header.height > MAX_PICTURE_PIXELS) return { ok: false, problem: 'tooBig', detail: `${header.width}×${header.height}` };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (error) {
    return { ok: false, problem: 'notImage', detail: `cannot be decoded: ${String(error)}` };
  }
  const page = new OffscreenCanvas(DOC_WIDTH, DOC_HEIGHT);
  const ctx = page.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { ok: false, problem: 'failed', detail: 'no 2D canvas in the worker' };
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, DOC_WIDTH, DOC_HEIGHT);
  const scale = Math.min((DOC_WIDTH - 2 * PAGE_MARGIN) / bitmap.width, (DOC_HEIGHT - 2 * PAGE_MARGIN) / bitmap.height);
  const w = bitmap.width * scale;
  const h = bitmap.height * scale;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, (DOC_WIDTH - w) / 2, (DOC_HEIGHT - h) / 2, w, h);
  bitmap.close();
  const hint = await encode(page, HINT_WIDTH);
  const traced = traceToPage(ctx.getImageData(0, 0, DOC_WIDTH, DOC_HEIGHT).data, DOC_WIDTH, DOC_HEIGHT, detail);
  if (!traced.ok) return traced;
  const art = ctx.createImageData(DOC_WIDTH, DOC_HEIGHT);
  for (let i = 0, p = 0; i < traced.alpha.length; i++, p += 4) {
    art.data[p] = OUTLINE_RGB[0];
    art.data[p + 1] = OUTLINE_RGB[1];
    art.data[p + 2] = OUTLINE_RGB[2];
    art.data[p + 3] = traced.alpha[i]!;
  }
  ctx.clearRect(0, 0, DOC_WIDTH, DOC_HEIGHT);
  ctx.putImageData(art, 0, 0);
  const lineart = new Uint8Array(await (await page.convertToBlob({ type: 'image/png' })).arrayBuffer());
  // The thumbnail: the outlines on white, as the picker shows the pages that ship.
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, DOC_WIDTH, DOC_HEIGHT);
  const thumb = await encode(page, THUMB_WIDTH);
  return { ok: true, lineart, thumb, hint, regionCount: traced.regionCount };
}

async function encode(source: OffscreenCanvas, width: number): Promise<Uint8Array> {
  const small = new OffscreenCanvas(width, Math.round((width * DOC_HEIGHT) / DOC_WIDTH));
  const ctx = small.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas in the worker');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, small.width, small.height);
  return new Uint8Array(await (await small.convertToBlob({ type: 'image/png' })).arrayBuffer());
}
