import type { IncomingMessage, ServerResponse } from 'node:http';
import { ID_CHARS } from '../engine/model/validation';
import { type HubArchive, PARENT_CODE_LENGTH } from './archive';
import { isCode, normaliseCode } from './codes';
import type { GuessLimit } from './guessLimit';
import { page } from './pages/html';
import { type ParentLanguage, parentLanguage, parentPage } from './pages/parentPage';
import { send } from './respond';

/** A picture's files: under `/files` for the laptop, under `/p/<code>` for that child's parent. */
export const PICTURE_PATH = new RegExp(`^/(?:files|p/([2-9A-HJ-NP-Z]{8}))/(${ID_CHARS})/v(\\d{1,16})/(picture\\.png|thumb\\.png|timelapse)$`);
const PARENT_PAGE = /^\/p\/([^/]{1,20})\/?$/;

export interface ParentContext {
  archive: HubArchive;
  guesses: GuessLimit;
  /** The page as the hub sends HTML (its nonce, its headers). */
  html: (body: (nonce: string) => string, status: number) => void;
}

/**
 * Everything under `/p/`: a parent's page and its pictures. A parent's code is a secret like a
 * pairing code: wrong codes and wrong file paths count as guesses from that address, a pause
 * follows too many (counted before anything is looked up), and a right one costs nothing.
 */
export async function serveParent(request: IncomingMessage, response: ServerResponse, path: string, url: URL, { archive, guesses, html }: ParentContext): Promise<void> {
  const lang = parentLanguage(url.searchParams.get('lang'), request.headers['accept-language']);
  const guess = guesses.start(request.socket.remoteAddress);
  if (!guess) {
    if (PARENT_PAGE.test(path)) return html(() => pausePage(lang), 429);
    return send(response, 429, { error: 'too many wrong codes; wait a minute' }, { 'retry-after': '60' });
  }
  const pageMatch = PARENT_PAGE.exec(path);
  if (pageMatch) {
    const code = normaliseCode(pageMatch[1]!);
    const pictures = isCode(code, PARENT_CODE_LENGTH) ? archive.ofParent(code) : null;
    if (pictures) guess.right();
    return html((nonce) => parentPage(code, pictures, lang, nonce), pictures ? 200 : 404);
  }
  const file = PICTURE_PATH.exec(path);
  const picture = file ? archive.byKey(`${file[2]}/v${file[3]}`) : null;
  if (!file || !picture || picture.parentCode !== file[1]) return send(response, 404, { error: 'not here' });
  guess.right();
  await servePictureFile(file, picture, url, response, archive);
}

/** One of a picture's files, streamed from the store (never whole in memory). */
export async function servePictureFile(match: RegExpExecArray, picture: NonNullable<ReturnType<HubArchive['byKey']>>, url: URL, response: ServerResponse, archive: HubArchive): Promise<void> {
  const [, , id, , name] = match;
  const path = name === 'picture.png' ? picture.files.picture : name === 'thumb.png' ? picture.files.thumb : picture.files.timelapse;
  const opened = path ? await archive.file(path) : null;
  if (!opened || !path) return send(response, 404, { error: 'not here' });
  const type = path.endsWith('.png') ? 'image/png' : path.endsWith('.mp4') ? 'video/mp4' : 'video/webm';
  const file = name === 'timelapse' ? `time-lapse-${id}.${path.endsWith('.mp4') ? 'mp4' : 'webm'}` : `picture-${id}.png`;
  const download = url.searchParams.has('download') ? { 'content-disposition': `attachment; filename="${file}"` } : {};
  const length = Number.isFinite(opened.bytes) ? { 'content-length': String(opened.bytes) } : {};
  response.writeHead(200, { 'content-type': type, 'cache-control': 'private, max-age=3600', ...length, ...download });
  opened.stream.on('error', () => response.destroy());
  opened.stream.pipe(response);
  response.on('close', () => opened.stream.destroy());
}

const PAUSE: Record<ParentLanguage, { title: string; text: string }> = {
  en: { title: 'Please wait a minute', text: 'The code was typed wrong too many times. Please wait a minute, then try the code on the sheet again.' },
  ru: { title: 'Подождите минуту', text: 'Код слишком много раз введён неверно. Подождите минуту и попробуйте код с листа ещё раз.' },
  kk: { title: 'Бір минут күтіңіз', text: 'Код тым көп рет қате терілді. Бір минут күтіп, парақтағы кодты қайта теріп көріңіз.' },
};

/** What a parent sees after too many wrong codes: calm, in their language, nothing about any child. */
function pausePage(lang: ParentLanguage): string {
  const t = PAUSE[lang];
  return page(t.title, `<main data-testid="parent-pause"><h1>${t.title}</h1><p>${t.text}</p></main>`, { lang });
}
