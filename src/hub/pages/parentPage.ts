import type { HubPicture } from '../archive';
import { AVATAR_EMOJI, escapeHtml, page } from './html';

export type ParentLanguage = 'kk' | 'ru' | 'en';

const TEXT = {
  en: { title: 'Your child’s pictures', download: 'Download', share: 'Share', video: 'Time-lapse', none: 'There is nothing here. Please check the code on the sheet, or ask the teacher.', empty: 'No pictures yet.', page: 'Picture' },
  ru: { title: 'Рисунки вашего ребёнка', download: 'Скачать', share: 'Поделиться', video: 'Как рисовал', none: 'Здесь ничего нет. Проверьте код на листе или спросите педагога.', empty: 'Рисунков пока нет.', page: 'Рисунок' },
  kk: { title: 'Балаңыздың суреттері', download: 'Жүктеп алу', share: 'Бөлісу', video: 'Қалай салды', none: 'Мұнда ештеңе жоқ. Парақтағы кодты тексеріңіз немесе педагогтан сұраңыз.', empty: 'Әзірге суреттер жоқ.', page: 'Сурет' },
} as const;

/** The language a parent's phone asks for (Accept-Language), or the one chosen with ?lang=. */
export function parentLanguage(query: string | null, accept: string | undefined): ParentLanguage {
  if (query === 'kk' || query === 'ru' || query === 'en') return query;
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const tag = part.trim().slice(0, 2);
    if (tag === 'kk' || tag === 'ru' || tag === 'en') return tag;
  }
  return 'ru';
}

/**
 * A parent's page on a phone: exactly one child's pictures (the code opens nothing else), each
 * to download or share, with its time-lapse when there is one. An unknown code shows a calm
 * "nothing here" and nothing else.
 */
export function parentPage(code: string, pictures: HubPicture[] | null, lang: ParentLanguage, nonce: string): string {
  const t = TEXT[lang];
  const languages = (['kk', 'ru', 'en'] as const).map((l) => `<a class="button" href="?lang=${l}" ${l === lang ? 'aria-current="true"' : ''} lang="${l}">${{ kk: 'Қазақша', ru: 'Русский', en: 'English' }[l]}</a>`).join(' ');
  if (!pictures) return page(t.title, `<main data-testid="parent-none"><p>${languages}</p><h1>${t.title}</h1><p>${t.none}</p></main>`, { lang, nonce });
  const first = pictures.find((p) => p.childName);
  const heading = first ? `${AVATAR_EMOJI[first.avatar ?? ''] ?? ''} ${escapeHtml(first.childName ?? '')}` : t.title;
  const cards = pictures
    .map((p, i) => {
      const base = `/p/${code}/${p.key}`;
      const name = `${p.pageName ?? t.page} ${i + 1}`;
      const file = `${(first?.childName ?? 'picture').replace(/[^\p{L}\p{N}]+/gu, '-')}-${i + 1}.png`;
      return `<li class="card" data-testid="parent-picture" data-key="${escapeHtml(p.key)}">
  <img src="${base}/picture.png" alt="${escapeHtml(name)}" loading="lazy">
  <p>${escapeHtml(name)}</p>
  <p class="actions"><a class="button" data-testid="parent-download" href="${base}/picture.png?download=1" download="${escapeHtml(file)}">${t.download}</a>
  <button class="button share" type="button" data-url="${base}/picture.png" data-name="${escapeHtml(file)}" hidden>${t.share}</button>
  ${p.files.timelapse ? `<a class="button" href="${base}/timelapse?download=1" download data-testid="parent-video-download">${t.video} ↓</a>` : ''}</p>
  ${p.files.timelapse ? `<video controls preload="none" playsinline poster="${base}/thumb.png" src="${base}/timelapse" data-testid="parent-video" aria-label="${escapeHtml(t.video)}"></video>` : ''}
</li>`;
    })
    .join('\n');
  return page(
    t.title,
    `<main data-testid="parent" class="parent"><p>${languages}</p><h1>${heading}</h1>${pictures.length ? `<ul class="cards">${cards}</ul>` : `<p>${t.empty}</p>`}</main>
<style nonce="${nonce}">
  .parent { max-width: 640px; padding: 16px; }
  .cards { list-style: none; padding: 0; display: grid; gap: 20px; }
  .card { background: #fff; border: 3px solid #d8c6ab; border-radius: 16px; padding: 12px; }
  .card img, .card video { width: 100%; border-radius: 8px; }
  .actions { display: flex; gap: 12px; flex-wrap: wrap; }
</style>`,
    { lang, nonce, script: SHARE_SCRIPT },
  );
}

/** Where the phone can share a file (most phones), a share button beside the download. */
const SHARE_SCRIPT = `
for (const button of document.querySelectorAll('.share')) {
  if (!navigator.canShare) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const blob = await (await fetch(button.dataset.url)).blob();
    const file = new File([blob], button.dataset.name, { type: 'image/png' });
    if (navigator.canShare({ files: [file] })) await navigator.share({ files: [file] }).catch(() => {});
  });
}
`;
