import type { PictureAssets } from '../features/drawing/artworkSession';
import { loadPageArt, loadPageCatalogue } from '../features/colouring/pages';
import type { PuzzleSource } from '../features/puzzle/puzzleSource';
import { loadStampImages } from '../features/stamps/stampImages';

/** The app wires the colouring and stamp features into the drawing feature. */
export const pictureAssets: PictureAssets = {
  async loadPage(pageId) {
    const art = await loadPageArt(pageId);
    return art ? { image: art.image, walls: art.walls, hintUrl: art.info.files.hint } : null;
  },
  loadStamps: (ids) => loadStampImages(ids),
};

/** A puzzle's picture: a colouring page's coloured picture, or a child's own picture at full size. */
export const loadPuzzleImage = async (source: PuzzleSource): Promise<string> => {
  if (source.kind === 'page') {
    const page = (await loadPageCatalogue()).find((p) => p.id === source.pageId);
    if (!page) throw new Error(`No page ${source.pageId}`);
    return page.files.hint;
  }
  const { exportPicturePng } = await import('../features/drawing/exportPicture');
  return URL.createObjectURL(await exportPicturePng(source.artworkId, pictureAssets));
};

/** A colouring page's outlines, so the therapist's figures do not count them as paint. */
export const loadLineArt = async (pageId: string) => (await loadPageArt(pageId))?.image ?? null;

/** Thumbnails are made with the drawing code, loaded only when a gallery needs one. */
export async function makeThumbnail(id: string): Promise<void> {
  const { refreshThumbnail } = await import('../features/drawing/pictureThumbnails');
  await refreshThumbnail(id, pictureAssets);
}
