import type { Artwork } from '../../engine/model/artwork';
import { BLANK_PAGE, type PageContext } from '../../engine/painting';
import { type ReplaySchedule, scheduleReplay } from '../../engine/therapy/replaySchedule';
import { ReplayRun } from '../../engine/therapy/replayRun';
import { CanvasSurface } from '../../render/canvasSurface';
import { loadArtwork } from '../../storage/artworkRepository';

/** What a replay needs from the colouring and stamp features (the app wires them in). */
export interface ReplayAssets {
  loadPage(pageId: string): Promise<{ image: CanvasImageSource; walls: Uint8Array } | null>;
  loadStamps(ids: string[]): Promise<Map<string, CanvasImageSource>>;
}

/** One picture ready to play back: its steps, their schedule, and the surface it is rebuilt on. */
export interface ReplayPicture {
  artwork: Artwork;
  schedule: ReplaySchedule;
  /** The colouring page's outlines, drawn over the paint; null for a blank picture. */
  lineArt: CanvasImageSource | null;
  page: PageContext;
  /** A fresh document-sized surface with the picture's stamps (an export runs beside the player on its own). */
  newSurface(): CanvasSurface;
  newRun(surface: CanvasSurface): ReplayRun;
}

/** Loads a stored picture for replay; null if it is gone (another tab removed it). */
export async function loadReplayPicture(artworkId: string, assets: ReplayAssets): Promise<ReplayPicture | null> {
  const artwork = await loadArtwork(artworkId);
  if (!artwork) return null;
  const pageAssets = artwork.pageId ? await assets.loadPage(artwork.pageId) : null;
  const page: PageContext = pageAssets ? { walls: pageAssets.walls } : BLANK_PAGE;
  const stampIds = [...new Set(artwork.ops.flatMap((op) => (op.kind === 'stamp' ? [op.stamp] : [])))];
  const stamps = stampIds.length > 0 ? await assets.loadStamps(stampIds) : new Map<string, CanvasImageSource>();
  const makeSurface = () => {
    const surface = new CanvasSurface();
    for (const [id, image] of stamps) surface.registerStamp(id, image);
    return surface;
  };
  const schedule = scheduleReplay(artwork.ops);
  return {
    artwork,
    schedule,
    lineArt: pageAssets?.image ?? null,
    page,
    newSurface: makeSurface,
    newRun: (surface) => new ReplayRun(artwork.ops, schedule, surface, page),
  };
}
