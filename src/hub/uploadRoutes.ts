import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HubArchive } from './archive';
import type { Pairing } from './pairing';
import { refuseUnread, send, type Slots } from './respond';
import { MAX_UPLOAD_BYTES, readUpload, readVideo } from './uploads';

export interface UploadContext {
  archive: HubArchive;
  pairing: Pairing;
  /** Where uploads wait on disk while they arrive. */
  incoming: string;
  /** A few uploads are read at a time: a whole class sending at once waits its turn. */
  slots: Slots;
  publicUrl: string;
}

/** The paired tablet sending this request; otherwise answers 401 (the body left unread) and gives null. */
function uploadingTablet(request: IncomingMessage, response: ServerResponse, pairing: Pairing): string | null {
  const tabletId = pairing.tabletOf(request.headers.authorization);
  if (!tabletId) refuseUnread(request, response, NOT_PAIRED[0], NOT_PAIRED[1], MAX_UPLOAD_BYTES);
  return tabletId;
}

/** POST /api/pictures: a finished picture from a paired tablet, kept once per version, only by the tablet it belongs to. */
export async function receivePicture(request: IncomingMessage, response: ServerResponse, { archive, pairing, incoming, slots, publicUrl }: UploadContext): Promise<void> {
  const tabletId = uploadingTablet(request, response, pairing);
  if (!tabletId) return;
  const upload = await slots.run(() => readUpload(request, incoming, (meta) => archive.wants(tabletId, meta)));
  if (!upload.ok) return refuseUnread(request, response, upload.status, { error: upload.reason });
  // What is left of the upload on disk goes before the tablet hears the answer.
  const [status, body] = await settle(upload.discard, async () => {
    // Unpaired while this was arriving: nothing of it is kept.
    if (!pairing.isPaired(tabletId)) return NOT_PAIRED;
    const added = await archive.add(tabletId, upload.meta, upload.files);
    if ('refused' in added) return [409, { error: added.refused }];
    const { picture, stored } = added;
    return [stored ? 201 : 200, { key: picture.key, stored, parentCode: picture.parentCode, parentUrl: `${publicUrl}/p/${picture.parentCode}` }];
  });
  send(response, status, body);
}

/** PUT /api/pictures/<id>/v<n>/timelapse: a picture's time-lapse, after the picture, from the tablet it belongs to. */
export async function receiveTimelapse(request: IncomingMessage, response: ServerResponse, key: string, { archive, pairing, incoming, slots }: UploadContext): Promise<void> {
  const tabletId = uploadingTablet(request, response, pairing);
  if (!tabletId) return;
  const upload = await slots.run(() => readVideo(request, incoming, archive.wantsTimelapse(tabletId, key)));
  if (!upload.ok) return refuseUnread(request, response, upload.status, { error: upload.reason });
  const [status, body] = await settle(upload.discard, async () => {
    if (!pairing.isPaired(tabletId)) return NOT_PAIRED;
    const added = await archive.addTimelapse(tabletId, key, upload.video);
    if (!added) return [404, { error: 'send the picture first' }];
    if ('refused' in added) return [409, { error: added.refused }];
    return [added.stored ? 201 : 200, added];
  });
  send(response, status, body);
}

type Answer = [status: number, body: unknown];
const NOT_PAIRED: Answer = [401, { error: 'this tablet is not paired with the hub' }];

/** The answer to an upload, once whatever of it is still waiting on disk is gone (also when keeping it failed). */
async function settle(discard: () => Promise<void>, work: () => Promise<Answer>): Promise<Answer> {
  try {
    return await work();
  } finally {
    await discard();
  }
}
