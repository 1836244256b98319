import { canvasToBlob, composePicture } from '../../render/pictureImage';
import { ArtworkSession, type PictureAssets } from './artworkSession';

/**
 * The finished picture of a stored artwork as a PNG at document resolution (white paper, paint,
 * outlines on top), rebuilt from its checkpoint and op log without opening the drawing screen.
 * Opening for export changes nothing, so nothing is written back.
 */
export async function exportPicturePng(artworkId: string, assets: PictureAssets): Promise<Blob> {
  const session = await ArtworkSession.open(artworkId, true, assets);
  try {
    const canvas = composePicture(session.surface, session.page?.image ?? null);
    const blob = await canvasToBlob(canvas, 'image/png');
    canvas.width = 0;
    return blob;
  } finally {
    await session.close();
  }
}
