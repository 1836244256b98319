import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { type BlobStore, checkKey, type StagedFile } from './blobStore';

/**
 * A folder on the laptop. A put writes a temporary file beside the target, flushes it to disk
 * and renames it over the target: a crash or a full disk mid-write leaves the old file (or none),
 * never a torn one. Uploads on their way in wait in `.incoming` on the same disk, so keeping one
 * is a rename, not a copy.
 */
export class FolderStore implements BlobStore {
  constructor(private readonly root: string) {}

  get description(): string {
    return `folder ${this.root}`;
  }

  get incoming(): string {
    return join(this.root, '.incoming');
  }

  async put(key: string, bytes: Uint8Array, _contentType?: string): Promise<void> {
    await this.replace(key, async (temp) => {
      const file = await open(temp, 'w');
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
    });
  }

  async putFile(key: string, staged: StagedFile, _contentType?: string): Promise<void> {
    await this.replace(key, async (temp) => {
      // Another disk (a staging folder elsewhere): copied instead.
      await rename(staged.path, temp).catch((error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? copyFile(staged.path, temp) : Promise.reject(error)));
      const file = await open(temp, 'r+');
      try {
        if ((await file.stat()).size !== staged.bytes) throw new Error(`${key}: the received file changed size`);
        await file.sync();
      } finally {
        await file.close();
      }
    });
  }

  /** Writes the new value to a temporary file beside the target, then renames it over the target. */
  private async replace(key: string, write: (temp: string) => Promise<void>): Promise<void> {
    const target = join(this.root, checkKey(key));
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await write(temp);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(join(this.root, checkKey(key))));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async open(key: string): Promise<{ stream: Readable; bytes: number } | null> {
    // The handle first, then its size: a put renaming a new file in meanwhile cannot mix the two.
    const file = await open(join(this.root, checkKey(key)), 'r').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'EISDIR' ? null : Promise.reject(error)));
    if (!file) return null;
    const info = await file.stat();
    if (!info.isFile()) {
      await file.close();
      return null;
    }
    return { stream: file.createReadStream(), bytes: info.size };
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const name of names) {
        const path = join(dir, name);
        // A write that never finished, or the uploads' waiting room: never a key.
        if (name.endsWith('.tmp') || name.startsWith('.')) continue;
        const entry = await readdir(path).then(
          () => 'dir' as const,
          () => 'file' as const,
        );
        if (entry === 'dir') await walk(path);
        else keys.push(relative(this.root, path).split(sep).join('/'));
      }
    };
    await walk(this.root);
    return keys.filter((key) => key.startsWith(prefix));
  }
}
