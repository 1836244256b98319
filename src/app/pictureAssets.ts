import type { PictureAssets } from '../features/drawing/artworkSession';
import { loadPageArt } from '../features/colouring/pages';
import { loadStampImages } from '../features/stamps/stampImages';

/** The app wires the colouring and stamp features into the drawing feature. */
export const pictureAssets: PictureAssets = {
  async loadPage(pageId) {
    const art = await loadPageArt(pageId);
    return art ? { image: art.image, walls: art.walls, hintUrl: art.info.files.hint } : null;
  },
  loadStamps: (ids) => loadStampImages(ids),
};
