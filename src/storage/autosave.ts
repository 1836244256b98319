export type SaveStatus = 'idle' | 'saved' | 'pending' | 'failed';

export interface AutosaveOptions {
  /** Quiet time after the last change before writing. */
  debounceMs?: number;
  /** Longest a change waits, even while changes keep coming (a child dotting without pause). */
  maxWaitMs?: number;
  /** Waits between retries after a failed write (the last one repeats). */
  retryDelaysMs?: readonly number[];
}

/**
 * Writes after each change (debounced), retries failures with back-off, and never writes before
 * `enable()` (that is, before the first load has finished). A failure is never reported as saved.
 */
export class Autosaver {
  private status: SaveStatus = 'idle';
  private dirty = false;
  private enabled = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private firstDirtyAt: number | null = null;
  private readonly listeners = new Set<(status: SaveStatus, error?: unknown) => void>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    private readonly write: () => Promise<void>,
    options: AutosaveOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 250;
    this.maxWaitMs = options.maxWaitMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10000];
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  onStatus(listener: (status: SaveStatus, error?: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  enable(): void {
    this.enabled = true;
    if (this.dirty) this.schedule(this.debounceMs);
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  markDirty(): void {
    this.dirty = true;
    const now = Date.now();
    this.firstDirtyAt ??= now;
    if (this.status !== 'failed') this.setStatus('pending');
    if (this.enabled && !this.running) this.schedule(Math.min(this.debounceMs, Math.max(0, this.firstDirtyAt + this.maxWaitMs - now)));
  }

  /** Writes now if anything is unsaved; resolves when the write (and any queued one) is done. */
  async flush(): Promise<void> {
    if (!this.enabled) return;
    this.clearTimer();
    if (this.running) await this.running;
    if (this.dirty) await this.run();
  }

  dispose(): void {
    this.clearTimer();
    this.enabled = false;
    this.listeners.clear();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.running) return this.running.then(() => (this.dirty ? this.run() : undefined));
    this.dirty = false;
    this.firstDirtyAt = null;
    this.running = this.write().then(
      () => {
        this.running = null;
        this.failures = 0;
        if (this.dirty) return this.run();
        this.setStatus('saved');
      },
      (error: unknown) => {
        this.running = null;
        this.dirty = true;
        const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 1000;
        this.failures++;
        this.setStatus('failed', error);
        if (this.enabled) this.schedule(delay);
      },
    );
    return this.running;
  }

  private setStatus(status: SaveStatus, error?: unknown): void {
    this.status = status;
    for (const listener of this.listeners) listener(status, error);
  }
}
