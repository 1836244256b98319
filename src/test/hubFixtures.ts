import { createCanvas } from '@napi-rs/canvas';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { HubPictureMeta } from '../engine/model/hubUpload';
import { type Hub, startHub } from '../hub/server';
import { FolderStore } from '../hub/storage/folderStore';

/** Real hubs for the hub's tests: started on loopback with a folder store, closed after each test. */
export const png = (width: number, height: number) => new Uint8Array(createCanvas(width, height).toBuffer('image/png'));
export const PICTURE = png(2400, 1697);
export const THUMB = png(480, 339);
export const WEBM = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4]);

export function appDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  return dir;
}

const hubs: Hub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((hub) => hub.close()));
});

export async function hubOn(dir = mkdtempSync(join(tmpdir(), 'hub-store-')), app = appDir()) {
  const hub = await startHub({ store: new FolderStore(dir), appDir: app, host: '127.0.0.1', port: 0 });
  hubs.push(hub);
  return { hub, dir, app };
}

/** A hub a test started itself, closed after the test like the others. */
export function keep(hub: Hub): Hub {
  hubs.push(hub);
  return hub;
}

/** Closes a hub before the test ends (a restart). */
export async function stopHub(hub: Hub): Promise<void> {
  await hub.close();
  hubs.splice(hubs.indexOf(hub), 1);
}

export const tryPair = (hub: Hub, code: string) => fetch(`${hub.localUrl}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });

export async function pair(hub: Hub): Promise<string> {
  const response = await tryPair(hub, hub.pairing.currentCode);
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

export const meta = (over: Partial<HubPictureMeta> = {}): HubPictureMeta => ({ id: 'art-1', version: 1000, childId: 'child-a', childName: 'Aru', avatar: 'fox', pageName: 'Doctor', finishedAt: 1000, ...over });

export function upload(hub: Hub, token: string | null, description: unknown, files: { picture?: Uint8Array; thumb?: Uint8Array } = {}) {
  const form = new FormData();
  form.set('meta', JSON.stringify(description));
  form.set('picture', new Blob([(files.picture ?? PICTURE) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'picture.png');
  form.set('thumb', new Blob([(files.thumb ?? THUMB) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'thumb.png');
  return fetch(`${hub.localUrl}/api/pictures`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

export const putTimelapse = (hub: Hub, token: string | null, bytes: Uint8Array, key = 'art-1/v1000') =>
  fetch(`${hub.localUrl}/api/pictures/${key}/timelapse`, { method: 'PUT', body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'video/webm', ...(token ? { authorization: `Bearer ${token}` } : {}) } });

/** A request exactly as written (fetch would tidy the path and check the length itself). */
export function raw(hub: Hub, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<number> {
  const { port } = new URL(hub.localUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(body);
  });
}

export const wall = async (hub: Hub) => (await (await fetch(`${hub.localUrl}/api/wall`)).json()) as { key: string; caption: string; who: string; pageName: string | null; childKey: string }[];
