import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { hubOn, meta, pair, putTimelapse, tryPair, upload, WEBM } from '../test/hubFixtures';

const ROOT = resolve(__dirname, '../..');

describe('the hub’s guards', { timeout: 60_000 }, () => {
  it('takes a pairing code as JSON only: a form posted from another page, or text, is refused even with the right code', async () => {
    const { hub } = await hubOn();
    const code = hub.pairing.currentCode;
    const post = (type: string, body: string) => fetch(`${hub.localUrl}/api/pair`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('application/x-www-form-urlencoded', `code=${code}`)).status).toBe(415);
    expect((await post('text/plain', JSON.stringify({ code }))).status).toBe(415);
    expect((await post('multipart/form-data; boundary=x', `--x\r\ncontent-disposition: form-data; name="code"\r\n\r\n${code}\r\n--x--`)).status).toBe(415);
    expect(hub.pairing.currentCode).toBe(code);
    expect(hub.pairing.tabletCount).toBe(0);
    expect((await post('application/json; charset=utf-8', JSON.stringify({ code }))).status).toBe(200);
  });

  it('says nosniff on every answer: pages, data, files, refusals and errors', async () => {
    const { hub } = await hubOn();
    const token = await pair(hub);
    const { parentCode } = (await (await upload(hub, token, meta())).json()) as { parentCode: string };
    const answers = [
      await fetch(`${hub.localUrl}/`),
      await fetch(`${hub.localUrl}/hub`),
      await fetch(`${hub.localUrl}/api/wall`),
      await fetch(`${hub.localUrl}/files/art-1/v1000/picture.png`),
      await fetch(`${hub.localUrl}/p/${parentCode}`),
      await fetch(`${hub.localUrl}/p/${parentCode}/art-1/v1000/thumb.png`),
      await fetch(`${hub.localUrl}/nothing-here`),
      await upload(hub, null, meta()),
      await putTimelapse(hub, token, new TextEncoder().encode('not a video')),
      await tryPair(hub, 'ZZZZZZ'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 404, 401, 415, 403]);
    for (const answer of answers) expect(answer.headers.get('x-content-type-options'), answer.url).toBe('nosniff');
    // An error inside the hub too.
    hub.archive.addTimelapse = () => Promise.reject(new Error('disk gone'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await putTimelapse(hub, token, WEBM);
    expect(logged).toHaveBeenCalledWith('[hub]', new Error('disk gone'));
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("counts wrong parents' codes and wrong file paths per address: a pause after five, even for the right code; right ones cost nothing", async () => {
    const { hub } = await hubOn();
    const { parentCode } = (await (await upload(hub, await pair(hub), meta())).json()) as { parentCode: string };
    const get = (path: string) => fetch(`${hub.localUrl}${path}`).then((r) => r.status);
    // A parent opening their page and its pictures again and again is never paused.
    for (let i = 0; i < 8; i++) expect(await get(`/p/${parentCode}`)).toBe(200);
    for (let i = 0; i < 8; i++) expect(await get(`/p/${parentCode}/art-1/v1000/picture.png`)).toBe(200);
    expect(await get('/p/ABCDEFGH')).toBe(404);
    expect(await get(`/p/${parentCode}/art-2/v1000/picture.png`)).toBe(404);
    expect(await get('/p/ABCDEFGH/art-1/v1000/picture.png')).toBe(404);
    expect(await get(`/p/${parentCode}/art-1/v999/thumb.png`)).toBe(404);
    expect(await get('/p/short')).toBe(404);
    const paused = await fetch(`${hub.localUrl}/p/${parentCode}?lang=en`);
    expect(paused.status).toBe(429);
    expect(await paused.text()).toContain('wait a minute');
    expect(await get(`/p/${parentCode}/art-1/v1000/picture.png`)).toBe(429);
    // Pairing has its own count: a parent's typos do not stop a tablet pairing.
    expect((await tryPair(hub, hub.pairing.currentCode)).status).toBe(200);
  });

  it('`--cert` without `--key` (or the reverse) stops `npm run hub` with a clear message instead of serving plain HTTP', () => {
    const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/hub/main.ts', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
    for (const [args, env, given] of [
      [['--cert', 'cert.pem'], {}, '--cert'],
      [['--key', 'key.pem'], {}, '--key'],
      [[], { HUB_CERT: 'cert.pem' }, '--cert'],
    ] as const) {
      const result = run([...args], env);
      expect(result.status, JSON.stringify(args)).toBe(1);
      expect(result.stderr).toContain(`HTTPS needs both --cert and --key (HUB_CERT and HUB_KEY); only ${given} was given, so the hub did not start.`);
      expect(result.stdout).not.toContain('http://');
    }
    const dangling = run(['--cert']);
    expect(dangling.status).toBe(1);
    expect(dangling.stderr).toContain('--cert needs a value');
  }, 120_000);
});
