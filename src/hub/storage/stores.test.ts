import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from './blobStore';
import { FolderStore } from './folderStore';
import { S3Store } from './s3Store';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | null) => (value ? new TextDecoder().decode(value) : null);

/** The same contract for both backends. */
function contract(name: string, make: () => BlobStore) {
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

    it('refuses keys that could leave the store', async () => {
      const store = make();
      for (const key of ['../x', 'a/../../b', '/abs', 'a//b', '']) await expect(store.put(key, bytes('x'), 'text/plain')).rejects.toThrow(/bad storage key/);
    });
  });
}

const root = mkdtempSync(join(tmpdir(), 'hub-folder-'));
contract('a folder', () => new FolderStore(join(root, String(Math.random()).slice(2))));

describe('a folder: writes are atomic', () => {
  it('a write goes to a temporary file and is renamed; a left-over temporary file is never listed', async () => {
    const dir = join(root, 'atomic');
    const store = new FolderStore(dir);
    await store.put('a/b.json', bytes('1'), 'application/json');
    // What a crash between write and rename leaves behind.
    writeFileSync(join(dir, 'a', 'b.json.deadbeef.tmp'), 'half');
    expect(await store.list('a/')).toEqual(['a/b.json']);
    expect(readdirSync(join(dir, 'a')).filter((n) => n.endsWith('.tmp') && n !== 'b.json.deadbeef.tmp')).toEqual([]);
  });
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
contract('S3-compatible storage (s3rver)', () => new S3Store({ endpoint, bucket: 'archive', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: `room-${String(Math.random()).slice(2, 8)}` }));
