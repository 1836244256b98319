import type { HubPairing } from '../../engine/hub/outbox';
import type { HubPictureMeta } from '../../engine/model/hubUpload';

/**
 * The tablet's side of the session hub. The hub serves the app, so it lives at this page's own
 * origin; a tablet that loaded the app elsewhere finds no hub and is told so.
 */
export type PairResult = { ok: true; pairing: HubPairing } | { ok: false; problem: 'wrongCode' | 'noHub' };

export async function pairWithHub(code: string, now = Date.now()): Promise<PairResult> {
  let response: Response;
  try {
    response = await fetch('/api/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }), signal: AbortSignal.timeout(20_000) });
  } catch {
    return { ok: false, problem: 'noHub' };
  }
  if (response.status === 403 || response.status === 429) return { ok: false, problem: 'wrongCode' };
  if (!response.ok) return { ok: false, problem: 'noHub' };
  const body = (await response.json().catch(() => null)) as { tabletId?: unknown; token?: unknown } | null;
  if (typeof body?.tabletId !== 'string' || typeof body.token !== 'string') return { ok: false, problem: 'noHub' };
  return { ok: true, pairing: { tabletId: body.tabletId, token: body.token, pairedAt: now } };
}

/**
 * `unpaired`: the hub no longer knows this tablet (unpaired on the laptop, or a new hub): the
 * picture waits until the adult connects again. `elsewhere`: another tablet sent this picture
 * first (it came here in a ZIP); the hub keeps that one.
 */
export type UploadResult = { ok: true; parentUrl: string | null } | { ok: false; retry: boolean; error: string; unpaired?: true; elsewhere?: true };

const refusal = (status: number, error: string): UploadResult => ({
  ok: false,
  // 5xx and 429: try again later; 401: again once connected; other 4xx: the hub refused this picture (trying again will not help… until a fix).
  retry: status >= 500 || status === 401 || status === 429,
  error: `${status} ${error}`.trim(),
  ...(status === 401 ? { unpaired: true as const } : {}),
  ...(status === 409 ? { elsewhere: true as const } : {}),
});

/** Sends one version of a picture; the hub keeps each version once, so a repeat is harmless. */
export async function uploadPicture(pairing: HubPairing, meta: HubPictureMeta, picture: Blob, thumb: Blob): Promise<UploadResult> {
  const form = new FormData();
  form.set('meta', JSON.stringify(meta));
  form.set('picture', picture, 'picture.png');
  form.set('thumb', thumb, 'thumb.png');
  let response: Response;
  try {
    // A half-dropped Wi-Fi link can hold a request for ever: give up after a minute and try again later.
    response = await fetch('/api/pictures', { method: 'POST', body: form, headers: { authorization: `Bearer ${pairing.token}` }, signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    return { ok: false, retry: true, error: `no answer from the hub (${String(error)})` };
  }
  const body = (await response.json().catch(() => null)) as { parentUrl?: unknown; error?: unknown } | null;
  if (response.ok) return { ok: true, parentUrl: typeof body?.parentUrl === 'string' ? body.parentUrl : null };
  return refusal(response.status, typeof body?.error === 'string' ? body.error : '');
}

/** Sends a picture's time-lapse after the picture; 404: the hub does not have the picture (send it again). */
export async function uploadTimelapse(pairing: HubPairing, artworkId: string, version: number, video: Blob): Promise<UploadResult | { ok: false; retry: true; error: string; pictureMissing: true }> {
  let response: Response;
  try {
    response = await fetch(`/api/pictures/${encodeURIComponent(artworkId)}/v${version}/timelapse`, { method: 'PUT', body: video, headers: { authorization: `Bearer ${pairing.token}`, 'content-type': video.type }, signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    return { ok: false, retry: true, error: `no answer from the hub (${String(error)})` };
  }
  if (response.ok) return { ok: true, parentUrl: null };
  if (response.status === 404) return { ok: false, retry: true, error: '404 the hub has no such picture', pictureMissing: true };
  return refusal(response.status, '');
}
