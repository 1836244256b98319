import { Editor } from '../../engine/editor';
import { type Artwork, type CheckpointRef, createArtwork, opsFingerprint } from '../../engine/model/artwork';
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import { CanvasSurface } from '../../render/canvasSurface';
import { decodePng, encodePaintPng } from '../../render/pictureImage';
import { deleteCheckpoint, loadArtwork, loadCheckpoint, saveArtwork, saveCheckpoint } from '../../storage/artworkRepository';
import { Autosaver } from '../../storage/autosave';
import { requestPersistentStorageOnce } from '../../storage/persistence';

/** A fresh raster checkpoint after this many new steps keeps reopening fast. */
const CHECKPOINT_EVERY = 30;

/**
 * One open picture: its pixels, its editor and its autosave. Every finished step reaches
 * IndexedDB shortly after it happens; nothing is written before the picture has loaded.
 */
export class ArtworkSession {
  readonly surface: CanvasSurface;
  readonly editor: Editor;
  readonly autosaver: Autosaver;
  private artwork: Artwork;
  private checkpoint: CheckpointRef | null;
  private unsubscribe: () => void = () => {};

  private constructor(artwork: Artwork) {
    this.artwork = artwork;
    this.checkpoint = artwork.checkpoint;
    this.surface = new CanvasSurface();
    this.editor = new Editor(this.surface);
    this.autosaver = new Autosaver(() => this.write());
  }

  /** Opens a stored picture (or starts one with this id); `storageOk` false keeps it in memory only. */
  static async open(id: string, storageOk: boolean, now = Date.now()): Promise<ArtworkSession> {
    const stored = storageOk ? await loadArtwork(id) : null;
    const session = new ArtworkSession(stored ?? createArtwork(id, now));
    await session.restorePixels(storageOk);
    session.unsubscribe = session.editor.subscribe((event) => {
      if (event === 'document') session.autosaver.markDirty();
    });
    if (storageOk) session.autosaver.enable();
    return session;
  }

  get id(): string {
    return this.artwork.id;
  }

  /** Writes everything now, including a fresh checkpoint; used when the child leaves the picture. */
  async saveNow(): Promise<void> {
    await this.autosaver.flush();
    if (this.checkpointIsStale(1) && this.autosaver.currentStatus !== 'failed') {
      try {
        await this.writeCheckpoint();
      } catch (error) {
        // The op log is already safe; a checkpoint only makes reopening faster.
        console.warn('Checkpoint not written', error);
      }
    }
  }

  dispose(): void {
    this.unsubscribe();
    this.autosaver.dispose();
  }

  private async restorePixels(storageOk: boolean): Promise<void> {
    const { ops } = this.artwork;
    const ref = this.checkpoint;
    if (storageOk && ref && opsFingerprint(ops, ref.opCount) === ref.fingerprint) {
      try {
        const stored = await loadCheckpoint(ref);
        if (stored) {
          const bitmap = await decodePng(stored.data);
          this.surface.drawPaintImage(bitmap);
          bitmap.close();
          this.editor.load(ops, ref.opCount);
          return;
        }
      } catch (error) {
        console.warn('Checkpoint unreadable, replaying the whole picture', error);
        this.surface.clearPaint();
      }
    }
    this.checkpoint = null;
    this.editor.load(ops, 0);
  }

  private async write(): Promise<void> {
    const ops = this.editor.ops.slice();
    if (this.checkpoint && (ops.length < this.checkpoint.opCount || opsFingerprint(ops, this.checkpoint.opCount) !== this.checkpoint.fingerprint)) {
      // Undo went past the checkpoint: it no longer matches the picture.
      const stale = this.checkpoint;
      this.checkpoint = null;
      await this.writeRecord(ops);
      await deleteCheckpoint(stale.key);
    } else {
      await this.writeRecord(ops);
    }
    void requestPersistentStorageOnce();
    if (this.checkpointIsStale(CHECKPOINT_EVERY)) await this.writeCheckpoint();
  }

  private async writeRecord(ops: Artwork['ops']): Promise<void> {
    this.artwork = { ...this.artwork, ops, updatedAt: Date.now(), checkpoint: this.checkpoint };
    await saveArtwork(this.artwork);
  }

  private checkpointIsStale(threshold: number): boolean {
    return this.editor.ops.length - (this.checkpoint?.opCount ?? 0) >= threshold;
  }

  /** Raster first, then the record that points at it, then the old raster: a crash between leaves a usable pair. */
  private async writeCheckpoint(): Promise<void> {
    const ops = this.editor.ops.slice();
    const opCount = ops.length;
    const fingerprint = opsFingerprint(ops, opCount);
    // toBlob snapshots the canvas synchronously, so the pixels match exactly these ops.
    const data = await encodePaintPng(this.surface);
    const ref = await saveCheckpoint({ artworkId: this.artwork.id, opCount, fingerprint, width: DOC_WIDTH, height: DOC_HEIGHT, mime: 'image/png', data });
    const previous = this.checkpoint;
    this.checkpoint = ref;
    await this.writeRecord(this.editor.ops.slice());
    if (previous && previous.key !== ref.key) await deleteCheckpoint(previous.key);
  }
}
