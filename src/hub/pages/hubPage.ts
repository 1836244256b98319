import { renderSVG } from 'uqr';
import { escapeHtml, page } from './html';

/** The laptop's own page: where tablets go, the pairing code and its QR code, and the session so far. */
export function hubPage({ appUrl, code, tablets, pictures, storage }: { appUrl: string; code: string; tablets: number; pictures: number; storage: string }, nonce: string): string {
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
      <p><span data-testid="hub-tablets">${tablets}</span> tablets paired · <span data-testid="hub-pictures">${pictures}</span> pictures</p>
      <p><a class="button" href="/wall">Wall (projector)</a> <a class="button" href="/prints">Print queue</a></p>
      <p class="muted">Pictures are kept in ${escapeHtml(storage)}.</p>
    </div>
  </div>
</main>`,
    { nonce, script: 'setTimeout(() => location.reload(), 5000);' },
  );
}
