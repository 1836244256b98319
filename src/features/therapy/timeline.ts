import type { PictureFeelings, TherapistNote } from '../../engine/model/reflections';
import type { ToolId } from '../../engine/model/ops';
import { coloursUsed, drawingTimeMs, toolsUsed } from '../../engine/therapy/pictureFigures';
import { loadArtwork } from '../../storage/artworkRepository';
import { type GalleryItem, listGalleryItems } from '../../storage/galleryRepository';
import { loadReflections } from '../../storage/reflectionsRepository';

/** What the op log tells about how a picture was made. */
export interface ProcessFigures {
  /** null: the picture is from before steps kept their timing. */
  drawingMs: number | null;
  colours: string[];
  tools: ToolId[];
  steps: number;
}

export interface TimelineEntry {
  item: GalleryItem;
  /** null when the picture's steps could not be read. */
  figures: ProcessFigures | null;
  feelings: PictureFeelings | null;
  note: TherapistNote | null;
}

/** One child's pictures, oldest first (the order they were made in), with their figures, feelings and notes. */
export async function loadChildTimeline(childId: string): Promise<TimelineEntry[]> {
  const [items, reflections] = await Promise.all([listGalleryItems(), loadReflections()]);
  const own = items.filter((item) => item.childId === childId).sort((a, b) => a.createdAt - b.createdAt);
  return Promise.all(
    own.map(async (item) => ({
      item,
      figures: await figuresOf(item.id),
      feelings: reflections.feelings.get(item.id) ?? null,
      note: reflections.notes.get(item.id) ?? null,
    })),
  );
}

async function figuresOf(id: string): Promise<ProcessFigures | null> {
  try {
    const artwork = await loadArtwork(id);
    if (!artwork) return null;
    return { drawingMs: drawingTimeMs(artwork.ops), colours: coloursUsed(artwork.ops), tools: toolsUsed(artwork.ops), steps: artwork.ops.length };
  } catch (error) {
    console.warn(`Figures of ${id} not read`, error);
    return null;
  }
}

/** Whole minutes for the adult ("12 min"); under half a minute is "under 1 min", unknown is null. */
export function roundedMinutes(ms: number | null): number | 'under' | null {
  if (ms === null) return null;
  const minutes = Math.round(ms / 60_000);
  return minutes < 1 ? 'under' : minutes;
}
