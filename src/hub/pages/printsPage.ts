import { page } from './html';

/** Seconds after a child's sheet is printed before another of theirs prints (ten taps, one sheet). */
export const PRINT_COOL_DOWN_S = 60;

/**
 * The print queue on the laptop: one A4 sheet per picture with its caption; print one or all that
 * are not printed yet. A page cannot tell a printed sheet from a cancelled print dialog, so after
 * the dialog the adult says whether the sheets came out; only then are they marked printed. A
 * child whose sheet printed in the last minute waits (their other pictures stay in the queue).
 */
export function printsPage(nonce: string): string {
  return page(
    'Print queue',
    `<main data-testid="prints">
  <h1>Print queue</h1>
  <p><button class="button" type="button" data-testid="prints-all">Print all not yet printed</button> <span class="muted" data-testid="prints-status" aria-live="polite"></span></p>
  <p class="confirm" data-testid="prints-confirm" hidden><span></span> <button class="button" type="button" data-testid="prints-confirm-yes">Yes, mark them printed</button> <button class="button" type="button" data-testid="prints-confirm-no">No, keep them in the queue</button></p>
  <ul class="queue" data-testid="prints-list"></ul>
</main>
<section class="sheets" aria-hidden="true"></section>
<style nonce="${nonce}">
  .queue { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 16px; }
  .queue li { background: #fff; border: 3px solid #d8c6ab; border-radius: 16px; padding: 12px; display: grid; gap: 8px; }
  .queue img { width: 100%; border-radius: 8px; }
  .queue li[data-printed="true"] { background: #f3ede3; border-style: dashed; }
  .confirm { background: #fff; border: 3px solid #d8c6ab; border-radius: 16px; padding: 12px; }
  .sheets { display: none; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print {
    body { background: #fff; }
    main { display: none; }
    .sheets { display: block; }
    .sheet { page-break-after: always; break-after: page; height: 180mm; display: grid; grid-template-rows: 1fr auto; gap: 6mm; }
    .sheet img { width: 100%; height: 100%; object-fit: contain; }
    .sheet p { margin: 0; font-size: 16pt; text-align: center; }
  }
</style>`,
    { nonce, script: PRINTS_SCRIPT },
  );
}

const PRINTS_SCRIPT = `
const COOL_DOWN_MS = ${PRINT_COOL_DOWN_S * 1000};
const list = document.querySelector('.queue');
const sheets = document.querySelector('.sheets');
const status = document.querySelector('[data-testid="prints-status"]');
const confirmBox = document.querySelector('[data-testid="prints-confirm"]');
let pictures = [];
let answer = null;
// Asks the adult whether the sheets came out; resolves true (printed) or false (not, or another print began).
function askPrinted(count) {
  if (answer) answer(false);
  confirmBox.querySelector('span').textContent = count === 1 ? 'Did the sheet come out of the printer?' : 'Did the ' + count + ' sheets come out of the printer?';
  confirmBox.hidden = false;
  return new Promise((resolve) => {
    answer = (printed) => {
      answer = null;
      confirmBox.hidden = true;
      resolve(printed);
    };
  });
}
confirmBox.querySelector('[data-testid="prints-confirm-yes"]').addEventListener('click', () => answer && answer(true));
confirmBox.querySelector('[data-testid="prints-confirm-no"]').addEventListener('click', () => answer && answer(false));
function render() {
  list.innerHTML = '';
  for (const p of pictures) {
    const li = document.createElement('li');
    li.dataset.key = p.key;
    li.dataset.printed = String(Boolean(p.printedAt));
    li.innerHTML = '<img alt=""><span></span><button class="button" type="button"></button>';
    li.querySelector('img').src = p.thumbUrl;
    li.querySelector('span').textContent = p.caption + (p.printedAt ? ' · printed' : '');
    const button = li.querySelector('button');
    button.textContent = p.printedAt ? 'Print again' : 'Print';
    button.dataset.testid = 'print-' + p.key.replace('/', '-');
    button.addEventListener('click', () => print([p], true));
    list.append(li);
  }
}
function coolingDown(p, chosen) {
  if (!p.childKey) return false;
  const now = Date.now();
  return pictures.some((q) => q.childKey === p.childKey && q.printedAt && now - q.printedAt < COOL_DOWN_MS) || chosen.some((q) => q !== p && q.childKey === p.childKey);
}
async function print(candidates, byHand) {
  const chosen = [];
  for (const p of candidates) if (byHand || !coolingDown(p, chosen)) chosen.push(p);
  const held = candidates.length - chosen.length;
  if (!chosen.length) { status.textContent = 'Waiting a minute before the same child’s next sheet.'; return; }
  sheets.innerHTML = '';
  await Promise.all(chosen.map((p) => new Promise((resolve) => {
    const sheet = document.createElement('div');
    sheet.className = 'sheet';
    sheet.innerHTML = '<img alt=""><p></p>';
    const img = sheet.querySelector('img');
    img.onload = img.onerror = resolve;
    img.src = p.pictureUrl;
    sheet.querySelector('p').textContent = p.caption;
    sheets.append(sheet);
  })));
  const waitNote = held ? ' ' + held + ' wait a minute (the same child).' : '';
  status.textContent = waitNote;
  window.print();
  if (!(await askPrinted(chosen.length))) {
    status.textContent = 'Not marked printed: still in the queue.' + waitNote;
    return;
  }
  for (const p of chosen) await fetch('/api/prints/' + p.key + '/printed', { method: 'POST' });
  status.textContent = chosen.length + ' printed.' + waitNote;
  await load();
}
async function load() {
  pictures = await (await fetch('/api/wall', { cache: 'no-store' })).json();
  render();
}
document.querySelector('[data-testid="prints-all"]').addEventListener('click', () => print(pictures.filter((p) => !p.printedAt), false));
load();
setInterval(load, 5000);
`;
