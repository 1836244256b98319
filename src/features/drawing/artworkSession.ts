import { Editor } from '../../engine/editor';
import { type Artwork, type CheckpointRef, createArtwork, opsFingerprint } from '../../engine/model/artwork';
import type { Op } from '../../engine/model/ops';
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import { CanvasSurface } from '../../render/canvasSurface';
import { canvasToBlob, composePicture, encodeCheckpoint, restoreCheckpoint, THUMBNAIL_WIDTH } from '../../render/pictureImage';
import { loadThumbnail, saveThumbnail } from '../../storage/galleryRepository';
import { deleteCheckpoint, loadCheckpoint, readArtwork, saveArtworkChanges, saveCheckpoint } from '../../storage/artworkRepository';
import { Autosaver } from '../../storage/autosave';
import { requestPersistentStorageOnce } from '../../storage/persistence';
import { clearJournal, writeJournal } from '../../storage/reloadJournal';
import { announcePictureChanged, lockPicture, lockPictureInBackground, type PictureLock } from '../../storage/pictureLock';
import { reclaimPicture, releaseWhenSaved, startLeaving, trackPicture, whenFreed } from './openPictures';

/** What a picture needs from outside the drawing feature: its colouring page and stamp pictures. */
export interface PictureAssets {
  loadPage(pageId: string): Promise<PageAssets | null>;
  loadStamps(ids: string[]): Promise<Map<string, CanvasImageSource>>;
}

export interface PageAssets {
  image: CanvasImageSource;
  walls: Uint8Array;
  hintUrl: string;
}

/** A fresh raster checkpoint after this many new steps keeps reopening fast. */
const CHECKPOINT_EVERY = 30;
/** How long opening a picture waits for this tab's own brief use of it to end. */
const BUSY_HERE_WAIT_MS = 3000;
/** Checkpoints (reading and compressing the pixels) wait for a quiet moment, after the op log is safe. */
const CHECKPOINT_DELAY_MS = 1500;

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
  /** Rasters no longer referenced by the stored record once the next record write lands. */
  private obsoleteRasters: string[] = [];
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  private checkpointing: Promise<void> | null = null;
  private unsubscribe: () => void = () => {};
  /** The colouring page under the paint, if this picture has one. */
  page: PageAssets | null = null;
  /** Whether the child changed anything since opening: an untouched picture is never rewritten. */
  private touched = false;
  /** The ops as they are in storage (null: unknown, the next save writes them all). */
  private storedOps: readonly Op[] | null = null;
  /** Whether the picture exists in storage (a new one gets no thumbnail until it is saved). */
  private stored = false;
  /** Whether unsaved steps were journalled (cleared by the next save). */
  private journalled = false;
  private lock: PictureLock = { held: true, release: () => {} };

  /** Shown, not editable: another tab has this picture open. */
  get readOnly(): boolean {
    return !this.lock.held;
  }

  private constructor(artwork: Artwork) {
    this.artwork = artwork;
    this.checkpoint = artwork.checkpoint;
    this.surface = new CanvasSurface();
    this.editor = new Editor(this.surface);
    this.autosaver = new Autosaver(() => this.writeRecord());
  }

  /**
   * Opens a stored picture (or starts one with this id). A read failure is thrown, never turned
   * into an empty picture that a save would write over the stored one.
   */
  static async open(id: string, storageOk: boolean, assets: PictureAssets, start: { pageId?: string | null; childId?: string | null; fresh?: boolean } = {}, now = Date.now()): Promise<ArtworkSession> {
    // Left a moment ago and still saving: the same picture comes back, editable.
    const left = reclaimPicture<ArtworkSession>(id);
    if (left) return left;
    // Open here for a moment (the gallery making its thumbnail): wait rather than show it read-only.
    await whenFreed(id, BUSY_HERE_WAIT_MS);
    const lock = storageOk ? await lockPicture(id) : { held: true, release: () => {} };
    let session: ArtworkSession | null = null;
    try {
      // A picture just made has nothing stored yet: no read on the way to its first frame.
      const stored = storageOk && !start.fresh ? await readArtwork(id) : null;
      session = new ArtworkSession(stored?.artwork ?? createArtwork(id, now, start.pageId ?? null, start.childId ?? null));
      session.stored = stored !== null;
      session.storedOps = stored?.exact ? stored.artwork.ops : null;
      session.lock = lock;
      session.editor.readOnly = !lock.held;
      await session.loadAssets(assets);
      await session.restorePixels(storageOk);
      session.watchChanges();
      if (storageOk && lock.held) session.autosaver.enable();
      const opened = session;
      trackPicture(id, opened, opened.autosaver, () => opened.journalUnsaved());
      return opened;
    } catch (error) {
      // A picture that could not open must not stay locked: the next try would show it read-only.
      lock.release();
      session?.surface.dispose();
      throw error;
    }
  }

  /**
   * A new blank picture, made during the render that shows it, so its first frame needs no wait:
   * its id was made a moment ago, so nothing is stored under it and no other tab can hold it.
   * Nothing outside the object changes until `begin`, which the screen calls once it is shown.
   */
  static createFresh(id: string, childId: string | null, now = Date.now()): ArtworkSession {
    const session = new ArtworkSession(createArtwork(id, now, null, childId));
    session.editor.load([], 0);
    return session;
  }

  /**
   * Starts a picture from `createFresh`: saving, and this tab's claim on it. The lock is taken
   * (another tab opening it later sees it busy) without waiting on the browser's answer.
   */
  begin(storageOk: boolean): void {
    this.watchChanges();
    if (storageOk) {
      this.autosaver.enable();
      // Not expected for an id made here a moment ago; if it ever happens, the child cannot change
      // it (a read-only editor makes no steps, so nothing is written).
      this.lock = lockPictureInBackground(this.id, () => (this.editor.readOnly = true));
    }
    trackPicture(this.id, this, this.autosaver, () => this.journalUnsaved());
  }

  get id(): string {
    return this.artwork.id;
  }

  private watchChanges(): void {
    this.unsubscribe = this.editor.subscribe((event) => {
      if (event !== 'document') return;
      this.touched = true;
      this.autosaver.markDirty();
      this.scheduleCheckpoint();
    });
  }

  get pageId(): string | null {
    return this.artwork.pageId;
  }

  /** The page's outlines (fills and stay-inside replay against them) and every stamp the picture uses. */
  private async loadAssets(assets: PictureAssets): Promise<void> {
    const { pageId, ops } = this.artwork;
    if (pageId) {
      this.page = await assets.loadPage(pageId);
      if (this.page) this.editor.setPage({ walls: this.page.walls });
      else console.warn(`Colouring page ${pageId} is not available; showing the paint only`);
    }
    const stampIds = ops.flatMap((op) => (op.kind === 'stamp' ? [op.stamp] : []));
    if (stampIds.length > 0) {
      for (const [stampId, image] of await assets.loadStamps(stampIds)) this.surface.registerStamp(stampId, image);
    }
  }

  /** Writes everything now, including a fresh checkpoint; used when the child leaves the picture. */
  async saveNow(): Promise<void> {
    await this.autosaver.flush();
    if (!this.touched || !this.autosaver.isEnabled || this.autosaver.currentStatus === 'failed') return;
    await this.checkpointNow(1);
  }

  /** Leaves the picture: saves, then frees it, or keeps retrying in the background if saving fails. */
  async close(): Promise<void> {
    startLeaving(this.id, this);
    try {
      await this.saveNow();
      await this.ensureThumbnail();
    } catch (error) {
      // The op log is what matters and keeps retrying; a checkpoint that failed is made next time.
      console.warn('Picture not fully saved on leaving', error);
    }
    releaseWhenSaved(this.id, this, () => this.dispose());
  }

  private dispose(): void {
    this.lock.release();
    this.unsubscribe();
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.autosaver.dispose();
    this.surface.dispose();
  }

  private async restorePixels(storageOk: boolean): Promise<void> {
    const { ops } = this.artwork;
    const ref = this.checkpoint;
    if (storageOk && ref && opsFingerprint(ops, ref.opCount) === ref.fingerprint) {
      try {
        const stored = await loadCheckpoint(ref);
        if (stored) {
          await restoreCheckpoint(this.surface, stored);
          this.editor.load(ops, ref.opCount);
          return;
        }
      } catch (error) {
        console.warn('Checkpoint unreadable, replaying the whole picture', error);
        this.surface.clearPaint();
      }
    }
    if (ref) this.obsoleteRasters.push(ref.key);
    this.checkpoint = null;
    this.editor.load(ops, 0);
  }

  /**
   * The op log is the truth: written on every change, with the checkpoint only if it still
   * matches. Only the chunks from the first op that differs from storage are written.
   */
  private async writeRecord(): Promise<void> {
    const ops = this.editor.ops.slice();
    const from = firstDifference(this.storedOps, ops);
    const ref = this.checkpoint;
    // Only a change before the checkpoint's last op can break it (hashing every op on every save
    // would make saving cost grow with the picture).
    if (ref && (ops.length < ref.opCount || (from < ref.opCount && opsFingerprint(ops, ref.opCount) !== ref.fingerprint))) {
      // Undo went past the checkpoint: it no longer matches the picture.
      this.obsoleteRasters.push(ref.key);
      this.checkpoint = null;
    }
    this.artwork = { ...this.artwork, ops, updatedAt: Date.now(), checkpoint: this.checkpoint };
    await saveArtworkChanges(this.artwork, from);
    this.storedOps = ops;
    this.stored = true;
    if (this.journalled) clearJournal(this.artwork.id);
    this.journalled = false;
    announcePictureChanged(this.artwork.id);
    void requestPersistentStorageOnce();
    const obsolete = this.obsoleteRasters.filter((key) => key !== this.checkpoint?.key);
    this.obsoleteRasters = [];
    await Promise.all(obsolete.map((key) => deleteCheckpoint(key).catch(() => this.obsoleteRasters.push(key))));
  }

  /** The page is going: the steps not yet in storage go to the reload journal, synchronously. */
  journalUnsaved(): void {
    if (!this.autosaver.isEnabled) return;
    const ops = this.editor.ops;
    const artwork = { ...this.artwork, ops: ops.slice(), updatedAt: Date.now() };
    this.journalled = writeJournal(artwork, firstDifference(this.storedOps, ops)) || this.journalled;
  }

  /** A small picture for the gallery, made when the child leaves or after a checkpoint, never mid-stroke. */
  private async writeThumbnail(): Promise<void> {
    const updatedAt = this.artwork.updatedAt;
    const canvas = composePicture(this.surface, this.page?.image ?? null, THUMBNAIL_WIDTH);
    const blob = await canvasToBlob(canvas, 'image/png');
    canvas.width = 0;
    await saveThumbnail(this.artwork.id, { mime: 'image/png', data: await blob.arrayBuffer(), updatedAt });
  }

  /**
   * Makes the gallery's thumbnail if the stored picture has none for its current version (its
   * last visit ended in a reload or a crash, or it came from an older version of the app).
   */
  async ensureThumbnail(): Promise<void> {
    if (!this.stored || !this.autosaver.isEnabled || this.autosaver.hasUnsavedChanges) return;
    const current = await loadThumbnail(this.artwork.id);
    if (current && current.updatedAt >= this.artwork.updatedAt) return;
    await this.writeThumbnail();
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer || !this.isCheckpointStale(CHECKPOINT_EVERY)) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      void this.checkpointNow(CHECKPOINT_EVERY).catch((error: unknown) => console.warn('Checkpoint not written', error));
    }, CHECKPOINT_DELAY_MS);
  }

  private isCheckpointStale(threshold: number): boolean {
    return this.editor.ops.length - (this.checkpoint?.opCount ?? 0) >= threshold;
  }

  private async checkpointNow(threshold: number): Promise<void> {
    if (this.checkpointing) await this.checkpointing;
    if (!this.autosaver.isEnabled || !this.isCheckpointStale(threshold)) return;
    this.checkpointing = this.writeCheckpoint()
      .then(() => this.writeThumbnail())
      .finally(() => (this.checkpointing = null));
    await this.checkpointing;
  }

  /** Raster first, then the record that points at it, then the old raster: a crash between leaves a usable pair. */
  private async writeCheckpoint(): Promise<void> {
    const ops = this.editor.ops;
    const opCount = ops.length;
    const fingerprint = opsFingerprint(ops, opCount);
    // The pixels are taken synchronously, so they match exactly these ops.
    const { mime, data } = await encodeCheckpoint(this.surface);
    const ref = await saveCheckpoint({ artworkId: this.artwork.id, opCount, fingerprint, width: DOC_WIDTH, height: DOC_HEIGHT, mime, data });
    if (this.checkpoint) this.obsoleteRasters.push(this.checkpoint.key);
    this.checkpoint = ref;
    this.autosaver.markDirty();
    await this.autosaver.flush();
  }
}

/** The first op that is not the very same object as in storage: everything before it is stored. */
function firstDifference(stored: readonly Op[] | null, ops: readonly Op[]): number {
  if (!stored) return 0;
  const shared = Math.min(stored.length, ops.length);
  for (let i = 0; i < shared; i++) if (stored[i] !== ops[i]) return i;
  return shared;
}
