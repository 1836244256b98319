import type { ServerResponse } from 'node:http';
import { renderSVG } from 'uqr';
import { ID_CHARS } from '../engine/model/validation';
import type { HubArchive, HubPicture } from './archive';
import type { Pairing } from './pairing';
import { AVATAR_EMOJI } from './pages/html';
import { hubPage, type TabletRow } from './pages/hubPage';
import { printsPage } from './pages/printsPage';
import { wallPage } from './pages/wallPage';
import { send } from './respond';
import type { BlobStore } from './storage/blobStore';

export interface LaptopContext {
  archive: HubArchive;
  pairing: Pairing;
  store: BlobStore;
  publicUrl: string;
  html: (body: (nonce: string) => string, status?: number) => void;
}

/** The laptop's own pages and their data; false when the path is none of them. */
export function serveLaptopPage(path: string, response: ServerResponse, { archive, pairing, store, publicUrl, html }: LaptopContext): boolean {
  if (path === '/hub') html((nonce) => hubPage({ appUrl: publicUrl, code: pairing.currentCode, tablets: tabletRows(pairing, archive), pictures: archive.latest().length, storage: store.description }, nonce));
  else if (path === '/wall') html((nonce) => wallPage(nonce));
  else if (path === '/prints') html((nonce) => printsPage(nonce));
  else if (path === '/api/wall') send(response, 200, archive.latest().map((p) => wallItem(p, publicUrl)));
  else if (path === '/api/tablets') send(response, 200, tabletRows(pairing, archive));
  else if (path === '/api/hub') send(response, 200, { code: pairing.currentCode, tablets: pairing.tabletCount, pictures: archive.latest().length, publicUrl, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
  else return false;
  return true;
}

const PRINTED_PATH = new RegExp(`^/api/prints/(${ID_CHARS})/v(\\d{1,16})/printed$`);

/** The laptop's changes: a sheet printed, a tablet unpaired. False when the path is none of them. */
export async function changeFromLaptop(path: string, response: ServerResponse, { archive, pairing }: LaptopContext): Promise<boolean> {
  const printed = PRINTED_PATH.exec(path);
  if (printed) {
    const done = await archive.markPrinted(`${printed[1]}/v${printed[2]}`);
    done ? send(response, 200, { printedAt: done.printedAt }) : send(response, 404, { error: 'no such picture' });
    return true;
  }
  const unpair = /^\/api\/tablets\/([0-9a-f-]{36})\/unpair$/.exec(path);
  if (unpair) {
    (await pairing.unpair(unpair[1]!)) ? send(response, 200, { unpaired: unpair[1] }) : send(response, 404, { error: 'no such tablet is paired' });
    return true;
  }
  return false;
}

/** Each paired tablet as the laptop's page lists it: what it sent, so the adult can tell which tablet is which. */
function tabletRows(pairing: Pairing, archive: HubArchive): TabletRow[] {
  const summaries = archive.tabletSummaries();
  return pairing.list().map(({ tabletId, pairedAt }) => ({ tabletId, pairedAt, pictures: 0, lastAt: null, names: [], ...summaries.get(tabletId) }));
}

/** Each parent's QR code drawn once: the wall asks for every picture every few seconds. */
const qrCodes = new Map<string, string>();
function parentQr(url: string): string {
  let svg = qrCodes.get(url);
  if (!svg) qrCodes.set(url, (svg = renderSVG(url)));
  return svg;
}

function wallItem(p: HubPicture, publicUrl: string) {
  const who = p.childName ? `${AVATAR_EMOJI[p.avatar ?? ''] ?? ''} ${p.childName}`.trim() : '';
  const caption = [p.childName, p.pageName].filter(Boolean).join(' · ') || 'A picture';
  return {
    key: p.key,
    id: p.id,
    who,
    caption,
    pageName: p.pageName,
    pictureUrl: `/files/${p.key}/picture.png`,
    thumbUrl: `/files/${p.key}/thumb.png`,
    qrSvg: parentQr(`${publicUrl}/p/${p.parentCode}`),
    childKey: p.parentCode,
    printedAt: p.printedAt,
  };
}
