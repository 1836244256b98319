import { describe, expect, it } from 'vitest';
import { hubOn, meta, pair, PICTURE, putTimelapse, raw, stopHub, upload, wall, WEBM } from '../test/hubFixtures';

/** Two tablets on one hub: A sent a picture, B knows its id. */
async function twoTablets() {
  const { hub, dir, app } = await hubOn();
  const a = await pair(hub);
  const b = await pair(hub);
  const sent = await upload(hub, a, meta());
  expect(sent.status).toBe(201);
  const { parentCode } = (await sent.json()) as { parentCode: string };
  return { hub, dir, app, a, b, parentCode };
}

describe('a picture belongs to the tablet that first sent it', { timeout: 60_000 }, () => {
  it("another tablet sending the same picture (same id and version) is refused, and is not told the parent's code", async () => {
    const { hub, a, b, parentCode } = await twoTablets();
    const answer = await upload(hub, b, meta());
    expect(answer.status).toBe(409);
    const text = await answer.text();
    expect(text).not.toContain(parentCode);
    expect(JSON.parse(text)).toEqual({ error: 'another tablet sent this picture first' });
    // Its owner still gets its answer (a retry of an answer it never heard).
    expect(await (await upload(hub, a, meta())).json()).toMatchObject({ stored: false, parentCode });
  });

  it('another tablet cannot replace the picture with a version of its own: the wall and the parent’s page keep the owner’s', async () => {
    const { hub, a, b, parentCode } = await twoTablets();
    const other = PICTURE.slice();
    other[other.length - 20] = (other[other.length - 20] ?? 0) ^ 0xff; // a different file, not the owner’s
    expect((await upload(hub, b, meta({ version: 2000, childName: 'Mallory' }), { picture: other })).status).toBe(409);
    expect((await wall(hub)).map((p) => [p.key, p.caption])).toEqual([['art-1/v1000', 'Aru · Doctor']]);
    const page = await (await fetch(`${hub.localUrl}/p/${parentCode}?lang=en`)).text();
    expect(page).toContain('data-key="art-1/v1000"');
    expect(page).not.toContain('Mallory');
    expect(new Uint8Array(await (await fetch(`${hub.localUrl}/p/${parentCode}/art-1/v1000/picture.png`)).arrayBuffer())).toEqual(PICTURE);
    expect(hub.archive.byKey('art-1/v2000')).toBeNull();
    // The owner's own next version is taken.
    expect((await upload(hub, a, meta({ version: 2000 }))).status).toBe(201);
  });

  it('another tablet cannot give the picture a time-lapse; its owner still can', async () => {
    const { hub, a, b, parentCode } = await twoTablets();
    expect((await putTimelapse(hub, b, WEBM)).status).toBe(409);
    expect(hub.archive.byKey('art-1/v1000')?.files.timelapse).toBeNull();
    expect((await fetch(`${hub.localUrl}/p/${parentCode}/art-1/v1000/timelapse`)).status).toBe(404);
    expect((await putTimelapse(hub, a, WEBM)).status).toBe(201);
  });

  it('two tablets sending the same new picture at the same moment: one keeps it, the other is refused', async () => {
    const { hub } = await hubOn();
    const [a, b] = [await pair(hub), await pair(hub)];
    const statuses = (await Promise.all([upload(hub, a, meta({ id: 'art-9' })), upload(hub, b, meta({ id: 'art-9', version: 2000 }))])).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
    expect((await wall(hub)).map((p) => p.key)).toHaveLength(1);
  });

  it('who owns a picture survives a restart', async () => {
    const { hub, dir, app, b } = await twoTablets();
    await stopHub(hub);
    const again = (await hubOn(dir, app)).hub;
    expect((await upload(again, b, meta({ version: 3000 }))).status).toBe(409);
    expect((await putTimelapse(again, b, WEBM)).status).toBe(409);
  });
});

describe('unpairing a tablet from the laptop', { timeout: 60_000 }, () => {
  it('lists the paired tablets for the laptop only, and unpairs one: its token stops at once, the other tablet goes on', async () => {
    const { hub, a, b } = await twoTablets();
    const [idA, idB] = hub.pairing.list().map((t) => t.tabletId);
    const port = new URL(hub.localUrl).port;
    const tablets = (await (await fetch(`${hub.localUrl}/api/tablets`)).json()) as { tabletId: string; pictures: number; names: string[] }[];
    expect(tablets).toEqual([expect.objectContaining({ tabletId: idA, pictures: 1, names: ['Aru'] }), expect.objectContaining({ tabletId: idB, pictures: 0, names: [] })]);
    // Not from a page elsewhere, nor under another name for the laptop.
    expect(await raw(hub, 'POST', `/api/tablets/${idA}/unpair`, { origin: 'http://evil.example' })).toBe(404);
    expect(await raw(hub, 'POST', `/api/tablets/${idA}/unpair`, { host: `evil.example:${port}` })).toBe(404);
    expect(await raw(hub, 'GET', '/api/tablets', { host: `evil.example:${port}` })).toBe(404);
    expect((await upload(hub, a, meta({ id: 'art-2' }))).status).toBe(201);

    expect(await raw(hub, 'POST', `/api/tablets/${idA}/unpair`, { origin: `http://127.0.0.1:${port}` })).toBe(200);
    expect((await upload(hub, a, meta({ id: 'art-3' }))).status).toBe(401);
    expect((await putTimelapse(hub, a, WEBM)).status).toBe(401);
    expect(hub.archive.byKey('art-3/v1000')).toBeNull();
    expect((await upload(hub, b, meta({ id: 'art-4' }))).status).toBe(201);
    expect(await raw(hub, 'POST', `/api/tablets/${idA}/unpair`)).toBe(404);
    expect(((await (await fetch(`${hub.localUrl}/api/tablets`)).json()) as { tabletId: string }[]).map((t) => t.tabletId)).toEqual([idB]);
    // Its pictures stay on the wall.
    expect((await wall(hub)).map((p) => p.key).sort()).toEqual(['art-1/v1000', 'art-2/v1000', 'art-4/v1000']);
  });

  it('an unpaired tablet stays unpaired after a restart; the others stay paired', async () => {
    const { hub, dir, app, a, b } = await twoTablets();
    const [idA] = hub.pairing.list().map((t) => t.tabletId);
    expect(await raw(hub, 'POST', `/api/tablets/${idA}/unpair`)).toBe(200);
    await stopHub(hub);
    const again = (await hubOn(dir, app)).hub;
    expect((await upload(again, a, meta({ id: 'art-5' }))).status).toBe(401);
    expect((await upload(again, b, meta({ id: 'art-6' }))).status).toBe(201);
    expect(again.pairing.list().map((t) => t.tabletId)).not.toContain(idA);
  });

  it("the laptop's page lists each paired tablet with its unpair button", async () => {
    const { hub } = await twoTablets();
    const html = await (await fetch(`${hub.localUrl}/hub`)).text();
    for (const { tabletId } of hub.pairing.list()) {
      expect(html).toContain(`data-testid="tablet-${tabletId}"`);
      expect(html).toContain(`data-testid="tablet-unpair-${tabletId}"`);
    }
    expect(html).toContain('1 picture, the last at');
  });
});
