import { renderSVG } from 'uqr';
import { escapeHtml, page } from './html';

/** A paired tablet as the laptop lists it. */
export interface TabletRow {
  tabletId: string;
  pairedAt: number;
  pictures: number;
  lastAt: number | null;
  /** The children named in its pictures (when names travel). */
  names: string[];
}

/** The short name a tablet goes by on the hub (its adult area shows the same). */
export const tabletName = (tabletId: string) => tabletId.slice(0, 4).toUpperCase();

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The laptop's own page: where tablets go, the pairing code and its QR code, the paired tablets, and the session so far. */
export function hubPage({ appUrl, code, tablets, pictures, storage }: { appUrl: string; code: string; tablets: TabletRow[]; pictures: number; storage: string }, nonce: string): string {
  const pairUrl = `${appUrl}/?pair=${code}`;
  return page(
    'Enchanting Canvas hub',
    `<main>
  <h1>Enchanting Canvas — the session hub</h1>
  <p>Tablets open <strong>${escapeHtml(appUrl)}</strong>, then in the adult area choose “Connect to the hub” and type the code, or scan the QR code with the tablet’s camera.</p>
  <div style="display:flex;gap:32px;align-items:center;flex-wrap:wrap">
    <div data-testid="hub-qr" style="width:260px">${renderSVG(pairUrl)}</div>
    <div>
      <p class="muted">Pairing code (one tablet each; a new one follows)</p>
      <p data-testid="hub-code" style="font-size:64px;letter-spacing:8px;font-weight:700;margin:0">${code}</p>
      <p><span data-testid="hub-tablets">${tablets.length}</span> tablets paired · <span data-testid="hub-pictures">${pictures}</span> pictures</p>
      <p><a class="button" href="/wall">Wall (projector)</a> <a class="button" href="/prints">Print queue</a></p>
      <p class="muted">Pictures are kept in ${escapeHtml(storage)}.</p>
    </div>
  </div>
  ${tabletList(tablets)}
</main>`,
    { nonce, script: UNPAIR_SCRIPT },
  );
}

/** Each paired tablet with an unpair button: a lost tablet's token stops at once. */
function tabletList(tablets: TabletRow[]): string {
  if (tablets.length === 0) return '';
  const rows = tablets
    .map((t) => {
      const name = tabletName(t.tabletId);
      const sent = t.pictures === 0 ? 'no pictures yet' : `${t.pictures} picture${t.pictures === 1 ? '' : 's'}, the last at ${time(t.lastAt ?? 0)}`;
      const names = t.names.length ? ` · ${escapeHtml(t.names.join(', '))}` : '';
      return `<li data-testid="tablet-${t.tabletId}" style="display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:0 0 12px">
      <span><strong>Tablet ${name}</strong> · paired at ${time(t.pairedAt)} · ${sent}${names}</span>
      <button type="button" class="button" data-testid="tablet-unpair-${t.tabletId}" data-unpair="${t.tabletId}" aria-label="Unpair tablet ${name}">Unpair</button>
    </li>`;
    })
    .join('\n');
  return `<section aria-labelledby="tablets-title"><h2 id="tablets-title" style="font-size:22px">Paired tablets</h2>
  <p class="muted">Unpair a tablet that is lost or leaves the session: it can send nothing more until it is connected again with a new code. Its pictures stay here.</p>
  <ul style="list-style:none;padding:0" data-testid="hub-tablet-list">${rows}</ul>
  <p role="status" data-testid="hub-tablet-message"></p></section>`;
}

/** The page shows the session as it goes (a reload every 5 s) and unpairs a tablet after the adult confirms. */
const UNPAIR_SCRIPT = `
let reload = setTimeout(() => location.reload(), 5000);
for (const button of document.querySelectorAll('[data-unpair]')) {
  button.addEventListener('click', async () => {
    clearTimeout(reload);
    const name = button.dataset.unpair.slice(0, 4).toUpperCase();
    if (!confirm('Unpair tablet ' + name + '? It sends nothing more until it is connected again with a new code.')) {
      reload = setTimeout(() => location.reload(), 5000);
      return;
    }
    const answer = await fetch('/api/tablets/' + button.dataset.unpair + '/unpair', { method: 'POST' }).catch(() => null);
    document.querySelector('[data-testid="hub-tablet-message"]').textContent = answer && answer.ok ? 'Tablet ' + name + ' is unpaired.' : 'The tablet could not be unpaired; please try again.';
    reload = setTimeout(() => location.reload(), answer && answer.ok ? 1000 : 5000);
  });
}
`;
