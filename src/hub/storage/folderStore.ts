import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { type BlobStore, checkKey } from './blobStore';

/**
 * A folder on the laptop. A put writes a temporary file beside the target, flushes it to disk
 * and renames it over the target: a crash or a full disk mid-write leaves the old file (or none),
 * never a torn one.
 */
export class FolderStore implements BlobStore {
  constructor(private readonly root: string) {}

  get description(): string {
    return `folder ${this.root}`;
  }

  async put(key: string, bytes: Uint8Array, _contentType?: string): Promise<void> {
    const target = join(this.root, checkKey(key));
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temp, 'w');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temp, { force: true });
      throw error;
    }
    await file.close();
    await rename(temp, target);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(join(this.root, checkKey(key))));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
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
        if (name.endsWith('.tmp')) continue; // a write that never finished
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
