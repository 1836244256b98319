import { coveredShare } from '../../engine/therapy/pictureFigures';

/** A colouring page's outlines (wired by the app: they belong to the colouring feature). */
export type LineArtLoader = (pageId: string) => Promise<CanvasImageSource | null>;

/**
 * The share of the page covered, read from the gallery thumbnail against the same page left blank
 * (white paper, plus the colouring page's outlines, drawn at the thumbnail's size).
 */
export async function coverageOfThumbnail(thumbnailUrl: string, pageId: string | null, loadLineArt: LineArtLoader): Promise<number> {
  const [picture, lineArt] = await Promise.all([loadImage(thumbnailUrl), pageId ? loadLineArt(pageId) : null]);
  const { width, height } = picture;
  const read = (draw: (ctx: CanvasRenderingContext2D) => void) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('No 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    draw(ctx);
    const pixels = ctx.getImageData(0, 0, width, height).data;
    canvas.width = 0;
    return pixels;
  };
  const painted = read((ctx) => ctx.drawImage(picture, 0, 0));
  const blank = read((ctx) => {
    if (lineArt) {
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(lineArt, 0, 0, width, height);
    }
  });
  return coveredShare(painted, blank);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The thumbnail could not be read'));
    image.src = url;
  });
}
