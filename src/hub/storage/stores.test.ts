import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BlobStore } from './blobStore';
import { FolderStore } from './folderStore';
import { S3Store } from './s3Store';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | null) => (value ? new TextDecoder().decode(value) : null);

/**
 * The same contract for both backends. `atomicReads`: a reader during a write sees the old value or
 * the new one, never part (the folder by its rename; S3 by its contract, which the stand-in server
 * s3rver does not keep: it writes the object in place).
 */
function contract(name: string, make: () => BlobStore, atomicReads: boolean) {
  describe(`${name}: the hub's storage`, () => {
    it('keeps what was put, replaces it whole, lists it under its prefix', async () => {
      const store = make();
      await store.put('pictures/art-1/v3/meta.json', bytes('{"a":1}'), 'application/json');
      await store.put('pictures/art-1/v3/picture.png', bytes('png'), 'image/png');
      await store.put('parents/abc.json', bytes('{}'), 'application/json');
      await store.put('pictures/art-1/v3/meta.json', bytes('{"a":2}'), 'application/json');
      expect(text(await store.get('pictures/art-1/v3/meta.json'))).toBe('{"a":2}');
      expect((await store.list('pictures/')).sort()).toEqual(['pictures/art-1/v3/meta.json', 'pictures/art-1/v3/picture.png']);
      expect(await store.get('pictures/none.json')).toBeNull();
    });

    it(`keeps a received file and streams a value back${atomicReads ? '; a reader during a write gets the old value or the new, whole' : ''}`, async () => {
      const store = make();
      const size = 1024 * 1024;
      const staged = join(root, `staged-${Math.random()}`);
      writeFileSync(staged, new Uint8Array(size).fill(0x22));
      await store.put('big/file.bin', new Uint8Array(size).fill(0x11), 'application/octet-stream');
      const writing = store.putFile('big/file.bin', { path: staged, bytes: size, sha256: createHash('sha256').update(new Uint8Array(size).fill(0x22)).digest('hex') }, 'application/octet-stream');
      const seen: number[] = [];
      for (let done = !atomicReads; !done; ) {
        done = await Promise.race([writing.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, 5, false))]);
        const value = await store.get('big/file.bin');
        expect(value?.byteLength).toBe(size);
        const kinds = new Set(value);
        expect(kinds.size).toBe(1);
        seen.push([...kinds][0]!);
      }
      await writing;
      expect(new Set(await store.get('big/file.bin'))).toEqual(new Set([0x22]));
      const opened = await store.open('big/file.bin');
      expect(opened?.bytes).toBe(size);
      let streamed = 0;
      for await (const chunk of opened!.stream) streamed += (chunk as Buffer).length;
      expect(streamed).toBe(size);
      expect(await store.open('big/none.bin')).toBeNull();
    }, 60_000);

    it('refuses keys that could leave the store', async () => {
      const store = make();
      for (const key of ['../x', 'a/../../b', '/abs', 'a//b', '']) await expect(store.put(key, bytes('x'), 'text/plain')).rejects.toThrow(/bad storage key/);
    });
  });
}

const root = mkdtempSync(join(tmpdir(), 'hub-folder-'));
contract('a folder', () => new FolderStore(join(root, String(Math.random()).slice(2))), true);

describe('a folder: a crash between writing and renaming leaves the old value or the new, never half', () => {
  it('a hub process killed while it writes: the reader then sees a whole value (the old one, or a new one that was finished), the unfinished file is never listed, and the next write works', async () => {
    const dir = join(root, 'killed');
    const store = new FolderStore(dir);
    const size = 48 * 1024 * 1024;
    await store.put('a/b.bin', new Uint8Array(size).fill(0x11), 'application/octet-stream');
    // Another process writes a new value again and again; it is killed the moment a write is under way.
    const script = join(dir, 'writer.mts');
    writeFileSync(script, `import { FolderStore } from ${JSON.stringify(resolve(__dirname, 'folderStore.ts'))};\nconst store = new FolderStore(${JSON.stringify(dir)});\nfor (let v = 0x22; ; v = v === 0x22 ? 0x33 : 0x22) await store.put('a/b.bin', new Uint8Array(${size}).fill(v), 'application/octet-stream');\n`);
    // Its own process group: the kill reaches the writer itself, not only a launcher in front of it.
    const writer = spawn(process.execPath, ['--import', 'tsx', script], { cwd: resolve(__dirname, '../../..'), stdio: 'ignore', detached: true });
    const exited = new Promise((done) => writer.once('exit', done));
    // Under way: its temporary file is there (written or being written, not yet renamed), or the value itself is changing.
    const underWay = () => readdirSync(join(dir, 'a')).some((name) => name.endsWith('.tmp') || statSync(join(dir, 'a', name), { throwIfNoEntry: false })?.size !== size);
    await expect.poll(underWay, { timeout: 30_000, interval: 2 }).toBe(true);
    process.kill(-writer.pid!, 'SIGKILL');
    await exited;
    // Nothing of the group is left writing (a live writer would make this no test of a crash).
    const groupAlive = () => {
      try {
        process.kill(-writer.pid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(groupAlive, { timeout: 10_000 }).toBe(false);
    const value = await new FolderStore(dir).get('a/b.bin');
    expect(value?.byteLength).toBe(size);
    expect(new Set(value)).toSatisfy((bytes: Set<number>) => bytes.size === 1 && [0x11, 0x22, 0x33].includes([...bytes][0]!));
    expect(await store.list('a/')).toEqual(['a/b.bin']);
    await store.put('a/b.bin', bytes('after'), 'text/plain');
    expect(text(await store.get('a/b.bin'))).toBe('after');
  }, 60_000);

  it('a write that fails between writing and renaming (a full disk, a pulled drive) keeps the old value and leaves no temporary file', async () => {
    const dir = join(root, 'failing');
    const store = new FolderStore(dir);
    await store.put('a/b.json', bytes('old'), 'application/json');
    failRename.next = true;
    await expect(store.put('a/b.json', bytes('new'), 'application/json')).rejects.toThrow('no space left');
    expect(text(await store.get('a/b.json'))).toBe('old');
    // A received file too: the upload's copy is left for its owner to clear, the store keeps nothing half.
    const staged = join(root, 'staged.bin');
    writeFileSync(staged, 'new from a tablet');
    failRename.next = true;
    failRename.skip = 1;
    await expect(store.putFile('a/b.json', { path: staged, bytes: 17, sha256: '' }, 'application/json')).rejects.toThrow('no space left');
    expect(text(await store.get('a/b.json'))).toBe('old');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.json']);
  });
});

/** A rename that fails once when asked (`skip`: renames let through first). */
const failRename = vi.hoisted(() => ({ next: false, skip: 0 }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (failRename.next && failRename.skip-- <= 0) {
        failRename.next = false;
        failRename.skip = 0;
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return real.rename(from, to);
    },
  };
});

let s3: S3rver;
let endpoint = '';
beforeAll(async () => {
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: mkdtempSync(join(tmpdir(), 'hub-s3-')), configureBuckets: [{ name: 'archive', configs: [] }] });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3?.close();
});
contract('S3-compatible storage (s3rver)', () => new S3Store({ endpoint, bucket: 'archive', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: `room-${String(Math.random()).slice(2, 8)}` }), false);

describe('S3-compatible storage: a put is whole or nothing', () => {
  it('a received file that is not whole is never sent: the old object stays, whole (S3 itself keeps a PUT whole or nothing, and checks the SHA-256 signed with it)', async () => {
    const store = new S3Store({ endpoint, bucket: 'archive', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 'cut' });
    await store.put('a/b.bin', new Uint8Array(1024 * 1024).fill(0x11), 'application/octet-stream');
    // The file on disk is shorter than what arrived (a disk that lost its end): sending it would store half.
    const staged = join(root, 'short.bin');
    writeFileSync(staged, new Uint8Array(512 * 1024).fill(0x22));
    await expect(store.putFile('a/b.bin', { path: staged, bytes: 1024 * 1024, sha256: 'UNSIGNED-PAYLOAD' }, 'application/octet-stream')).rejects.toThrow(/not what arrived/);
    const value = await store.get('a/b.bin');
    expect(value?.byteLength).toBe(1024 * 1024);
    expect(new Set(value)).toEqual(new Set([0x11]));
  });
});
