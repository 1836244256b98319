import { page } from './html';

/**
 * The projector: the session's pictures as they arrive, newest first, one at a time, with the
 * child's first name and avatar when the adult allowed them and the parents' QR code beside it.
 * A new picture is shown at once; otherwise the wall moves on every 8 s with a slow fade (none
 * with reduced motion).
 */
export function wallPage(nonce: string): string {
  return page(
    'Our pictures',
    `<main class="wall" data-testid="wall">
  <p class="wall__empty" data-testid="wall-empty">The pictures will appear here as the children finish them.</p>
  <figure class="wall__slide" hidden>
    <img class="wall__picture" alt="">
    <figcaption><span class="wall__who"></span><span class="wall__page muted"></span><span class="wall__qr"></span></figcaption>
  </figure>
  <ol class="wall__list" data-testid="wall-list" hidden></ol>
</main>
<style nonce="${nonce}">
  body { background: #1f1a15; color: #fff8ee; }
  .wall { max-width: none; height: 100vh; display: grid; place-items: center; }
  .wall__slide { margin: 0; display: grid; gap: 16px; justify-items: center; transition: opacity 1.2s ease; }
  .wall__slide.fading { opacity: 0; }
  .wall__picture { max-width: 92vw; max-height: 68vh; background: #fff; border-radius: 12px; }
  figcaption { display: flex; gap: 24px; align-items: center; font-size: 32px; }
  .wall__qr svg { width: 120px; height: 120px; border-radius: 8px; }
  .muted { color: #d8c6ab; }
</style>`,
    { nonce, script: WALL_SCRIPT },
  );
}

const WALL_SCRIPT = `
const slide = document.querySelector('.wall__slide');
const empty = document.querySelector('.wall__empty');
const list = document.querySelector('.wall__list');
const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
let pictures = [];
let shown = -1;
let timer = 0;
function show(index) {
  const p = pictures[index];
  if (!p) return;
  shown = index;
  const apply = () => {
    slide.querySelector('img').src = p.pictureUrl;
    slide.querySelector('img').alt = p.caption;
    slide.querySelector('.wall__who').textContent = p.who;
    slide.querySelector('.wall__page').textContent = p.pageName || '';
    slide.querySelector('.wall__qr').innerHTML = p.qrSvg;
    slide.dataset.key = p.key;
    slide.classList.remove('fading');
  };
  slide.hidden = false;
  empty.hidden = true;
  if (calm) apply();
  else { slide.classList.add('fading'); setTimeout(apply, 600); }
}
function next() { if (pictures.length) show((shown + 1) % pictures.length); }
async function poll() {
  try {
    const response = await fetch('/api/wall', { cache: 'no-store' });
    const fresh = await response.json();
    const arrived = fresh.length && (!pictures.length || fresh[0].key !== pictures[0].key);
    pictures = fresh;
    list.innerHTML = '';
    for (const p of pictures) { const li = document.createElement('li'); li.dataset.key = p.key; li.dataset.id = p.id; li.textContent = p.caption; list.append(li); }
    if (arrived) { show(0); clearInterval(timer); timer = setInterval(next, 8000); }
  } catch {}
  setTimeout(poll, 1500);
}
poll();
`;
