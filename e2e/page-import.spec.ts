import { createCanvas } from '@napi-rs/canvas';
import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { paperPoint, pixelAt } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';

// The therapist's own colouring page (issue 13): a photo or drawing traced on the tablet, in a
// worker, previewed, kept in IndexedDB, coloured like any page.

/** A drawing of a house as a phone photographs it: pencil on off-white paper. */
function houseDrawing(): Buffer {
  const canvas = createCanvas(1600, 1200);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, 1600, 1200);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 7;
  ctx.strokeRect(400, 500, 800, 600); // walls
  ctx.beginPath();
  ctx.moveTo(350, 500);
  ctx.lineTo(800, 150);
  ctx.lineTo(1250, 500);
  ctx.closePath();
  ctx.stroke(); // roof
  ctx.strokeRect(480, 600, 200, 200); // left window
  ctx.strokeRect(920, 600, 200, 200); // right window
  ctx.strokeRect(720, 800, 160, 300); // door
  return canvas.toBuffer('image/jpeg');
}

/** Where a point of the 1600×1200 drawing lands on the page (fitted inside a 48 px margin), as fractions of the page. */
function onPage(x: number, y: number): [number, number] {
  const scale = Math.min((2400 - 96) / 1600, (1697 - 96) / 1200);
  return [((2400 - 1600 * scale) / 2 + x * scale) / 2400, ((1697 - 1200 * scale) / 2 + y * scale) / 1697];
}

async function importPicture(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('page-import').click();
  await (await chooser).setFiles(file);
}

const ownPages = (page: Page) => page.locator('[data-testid^="theme-page-custom-"]');

test('an imported drawing of a house becomes a colouring page that prints, whose windows fill separately; it stays after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('/');
  await passGate(page);
  await importPicture(page, { name: 'house.jpg', mimeType: 'image/jpeg', buffer: houseDrawing() });
  await expect(page.getByTestId('page-import-tracing')).toBeVisible();
  // The tablet stays usable while the worker traces: the adult area still answers.
  await page.getByTestId('theme-animals').click();
  await expect(page.getByTestId('theme-animals')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('page-import-preview')).toBeVisible({ timeout: 150_000 });
  const regions = Number(await page.getByTestId('page-import-preview').getAttribute('data-regions'));
  expect(regions).toBeGreaterThanOrEqual(6);
  await page.getByTestId('page-import-name').fill('Our house');
  await page.getByTestId('page-import-keep').click();
  await expect(ownPages(page)).toHaveCount(1);
  const pageId = (await ownPages(page).getAttribute('data-testid'))!.replace('theme-page-', '');
  // It prints like any page: the sheet shows its outlines, decoded, with its name.
  await page.getByTestId(`print-page-${pageId}`).click();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('.print-page')).toContainText('Our house');
  expect(await page.locator('.print-page img').evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).toEqual([true, 2400, 1697]);

  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.getByTestId(`page-${pageId}`)).toBeVisible();
  await expect(page.getByTestId(`page-${pageId}`)).toHaveAccessibleName(/Our house/);
  await page.getByTestId(`page-${pageId}`).tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-blue').tap();
  const at = async (x: number, y: number) => paperPoint(page, ...onPage(x, y));
  const leftWindow = await at(580, 700);
  await page.touchscreen.tap(leftWindow.x, leftWindow.y);
  await expect.poll(async () => (await pixelAt(page, leftWindow)).slice(0, 3)).toEqual([30, 79, 216]);
  // The other window, the wall around them and the roof stay paper.
  for (const [x, y] of [[1020, 700], [450, 1000], [800, 400]] as const) expect((await pixelAt(page, await at(x, y))).slice(0, 3)).toEqual([255, 255, 255]);

  // At the end of the session the adult may remove the page with the pictures (a photo may show a child).
  await page.getByTestId('home').tap();
  await passGate(page);
  await expect(ownPages(page)).toHaveCount(1);
  await expect(page.getByTestId('wipe-own-pages')).toHaveCount(0);
  await page.getByTestId('wipe-all').click();
  await expect(page.getByTestId('wipe-own-pages')).toHaveAttribute('aria-checked', 'false');
  await page.getByTestId('wipe-own-pages').click();
  await page.getByTestId('wipe-confirm-1').click();
  await page.getByTestId('wipe-confirm-2').click();
  await expect(ownPages(page)).toHaveCount(0);
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.locator('[data-testid^="page-custom-"]')).toHaveCount(0);
});

test('a file that is not a picture, a huge photo and a photo of gravel each get a calm message; nothing is kept', async ({ page, pageErrors }) => {
  void pageErrors;
  test.setTimeout(180_000);
  await page.goto('/');
  await passGate(page);
  const problem = page.getByTestId('page-import-problem');

  await importPicture(page, { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('These are my notes, not a picture.') });
  await expect(problem).toContainText('not a photo or a picture');

  const huge = createCanvas(6000, 5000);
  huge.getContext('2d').fillRect(100, 100, 400, 400);
  await importPicture(page, { name: 'huge.png', mimeType: 'image/png', buffer: huge.toBuffer('image/png') });
  await expect(problem).toContainText('6000×5000, 30 MP');

  // A photo of gravel: stones of random colours, 8 px each.
  const gravel = createCanvas(1200, 900);
  const ctx = gravel.getContext('2d');
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255;
  for (let y = 0; y < 900; y += 8) {
    for (let x = 0; x < 1200; x += 8) {
      ctx.fillStyle = `rgb(${next()}, ${next()}, ${next()})`;
      ctx.fillRect(x, y, 8, 8);
    }
  }
  await importPicture(page, { name: 'gravel.jpg', mimeType: 'image/jpeg', buffer: gravel.toBuffer('image/jpeg') });
  await expect(problem).toContainText('too many tiny details', { timeout: 60_000 });
  // The message tells the adult to press "Fewer areas": the button is there, under that very name.
  const fewer = page.getByTestId('page-import-fewer');
  await expect(fewer).toBeVisible();
  await expect(problem).toContainText(`“${(await fewer.textContent())!}”`);
  await fewer.click();
  await expect(page.getByTestId('page-import-tracing')).toBeVisible();
  // Gravel stays gravel with fewer areas: now the message names no button, and none is offered.
  await expect(problem).toContainText('even with fewer areas', { timeout: 60_000 });
  await expect(fewer).toHaveCount(0);

  await expect(page.getByTestId('page-import-preview')).toHaveCount(0);
  await expect(ownPages(page)).toHaveCount(0);
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.locator('[data-testid^="page-custom-"]')).toHaveCount(0);
});

/** Own pages as the tablet keeps them, made from a shipped page's pictures (no minute of tracing). */
async function keepOwnPages(page: Page, names: string[], theme = 'professions') {
  await page.evaluate(
    async ({ names: list, theme: into }) => {
      const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
      const [lineart, thumb, hint] = await Promise.all(['lineart', 'thumb', 'hint'].map((kind) => bytes(`/pages/chef.${kind}.png`)));
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ec-pages');
        open.onupgradeneeded = () => open.result.createObjectStore('pages');
        open.onsuccess = () => {
          const tx = open.result.transaction('pages', 'readwrite');
          list.forEach((name, i) => tx.objectStore('pages').put({ id: `custom-own${i}`, name, theme: into, createdAt: i + 1, regionCount: 9, lineart, thumb, hint, binnedAt: null }, `custom-own${i}`));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { names, theme },
  );
}

test('removing an own page asks first, puts it in the bin, and it comes back from there; a page drawn on stays', async ({ page, touch }) => {
  await page.goto('/');
  await keepOwnPages(page, ['Our house', 'Our garden']);
  await page.reload();
  await passGate(page);
  await expect(ownPages(page)).toHaveCount(2);

  // "Remove", then "Cancel": nothing changes, and the focus is back on "Remove".
  await page.getByTestId('page-remove-custom-own0').click();
  await expect(page.getByTestId('page-remove-ask-custom-own0')).toContainText('Remove “Our house”? Children will no longer see it.');
  await expect(page.getByTestId('page-remove-cancel-custom-own0')).toBeFocused();
  await page.getByTestId('page-remove-cancel-custom-own0').click();
  await expect(page.getByTestId('page-remove-ask-custom-own0')).toHaveCount(0);
  await expect(page.getByTestId('page-remove-custom-own0')).toBeFocused();
  await expect(ownPages(page)).toHaveCount(2);
  await expect(page.getByTestId('own-pages-bin')).toHaveCount(0);

  // "Remove", then "Remove" again: the page leaves the list for the bin, and the children's picker.
  await page.getByTestId('page-remove-custom-own0').click();
  await page.getByTestId('page-remove-confirm-custom-own0').click();
  await expect(page.getByRole('status').filter({ hasText: 'The page “Our house” was removed.' })).toBeVisible();
  await expect(ownPages(page)).toHaveCount(1);
  await expect(page.getByTestId('own-pages-bin')).toContainText('Our house');
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.getByTestId('page-custom-own1')).toBeVisible();
  await expect(page.getByTestId('page-custom-own0')).toHaveCount(0);

  // The bin is kept on the tablet: after the reload it is still there, and "Restore" brings the page back.
  await page.getByTestId('home').tap();
  await passGate(page);
  await page.getByTestId('page-restore-custom-own0').click();
  await expect(page.getByRole('status').filter({ hasText: 'The page “Our house” is back in the page picker.' })).toBeVisible();
  await expect(page.getByTestId('own-pages-bin')).toHaveCount(0);
  await expect(ownPages(page)).toHaveCount(2);
  await page.getByTestId('home').tap();
  await page.getByTestId('start-colouring').tap();
  await expect(page.getByTestId('page-custom-own0')).toHaveAccessibleName(/Our house/);

  // A picture drawn on a page keeps it: confirmed or not, the page stays and the adult is told why.
  await page.getByTestId('page-custom-own0').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-fill').tap();
  const spot = await paperPoint(page, 0.5, 0.04);
  await touch.tap(spot.x, spot.y);
  await page.getByTestId('done').tap();
  await passGate(page);
  await page.getByTestId('page-remove-custom-own0').click();
  await page.getByTestId('page-remove-confirm-custom-own0').click();
  await expect(page.getByRole('status').filter({ hasText: 'Pictures in the gallery were drawn on “Our house”' })).toBeVisible();
  await expect(ownPages(page)).toHaveCount(2);
  await expect(page.getByTestId('own-pages-bin')).toHaveCount(0);
});

test('page names stay whole inside their cards in Kazakh and Russian, on the iPad in landscape and portrait', async ({ page, pageErrors }) => {
  void pageErrors;
  const typed = 'Айгерімнің үйі мен бақшасы және мысығы, күн астында';
  await page.goto('/');
  await keepOwnPages(page, ['Бояйтын сурет', 'Моя раскраска', typed]);
  for (const [width, height] of [[1180, 820], [744, 1133]] as const) {
    await page.setViewportSize({ width, height });
    for (const language of ['kk', 'ru'] as const) {
      await page.goto('/');
      await passGate(page);
      await page.getByTestId(`lang-${language}`).click();
      await page.getByTestId('home').tap();
      await page.getByTestId('start-colouring').tap();
      await expect(page.getByTestId('page-custom-own2')).toBeVisible();
      const cards = await page.locator('[data-testid^="page-"]').evaluateAll((elements) =>
        elements.map((card) => {
          const name = card.querySelector('.page-card__name')!;
          const box = card.getBoundingClientRect();
          const text = name.getBoundingClientRect();
          // The lines shown: those of the text's lines whose middle is inside the name's own box.
          const range = document.createRange();
          range.selectNodeContents(name);
          const lines = new Set([...range.getClientRects()].filter((line) => (line.top + line.bottom) / 2 < text.bottom).map((line) => Math.round(line.top))).size;
          return { name: name.textContent!, lines, inside: text.left >= box.left && text.right <= box.right && text.top >= box.top && text.bottom <= box.bottom, clipped: name.scrollWidth > name.clientWidth + 1 };
        }),
      );
      const where = `${language} at ${width}×${height}`;
      for (const card of cards) {
        expect(card.inside, `${card.name} (${where})`).toBe(true);
        // A name of one word, or the default name of an own page, takes one line, whole.
        if (!card.name.includes(' ') || card.name === 'Бояйтын сурет' || card.name === 'Моя раскраска') expect([card.lines, card.clipped], `${card.name} (${where})`).toEqual([1, false]);
        else expect(card.lines, `${card.name} (${where})`).toBeLessThanOrEqual(2);
      }
      expect(cards.map((card) => card.name)).toEqual(expect.arrayContaining(['Бояйтын сурет', 'Моя раскраска', typed, language === 'kk' ? 'Бағдарламашы' : 'Программист']));
    }
  }
});
