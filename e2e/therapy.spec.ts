import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { paperPoint, settle } from './support/canvas';
import { addChildren } from './support/children';
import { expect, test, waitForCanvas } from './support/fixtures';
import type { Touchscreen } from './support/touch';
import { pdfText } from './support/pdf';
import { countRecords, putRecord } from './support/idb';

async function drawLine(page: Page, touch: Touchscreen, colour: string, y: number) {
  await page.getByTestId(`color-${colour}`).tap();
  await page.getByTestId('size-large').tap();
  await touch.stroke([await paperPoint(page, 0.1, y), await paperPoint(page, 0.9, y)], 8);
  await settle(page);
}

test('feelings check-in before and after a picture, shown on its gallery card; off when the adult turns it off', async ({ page, touch }) => {
  const [aru] = await addChildren(page, ['Әру']);
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await page.getByTestId(`who-${aru}`).tap();
  // Six faces and a skip, each a big button with a name, no reading needed.
  const before = page.getByTestId('feelings-before');
  await expect(before).toBeVisible();
  for (const feeling of ['happy', 'calm', 'sad', 'angry', 'scared', 'tired', 'skip']) {
    const box = (await page.getByTestId(`feeling-${feeling}`).boundingBox())!;
    expect(Math.min(box.width, box.height), feeling).toBeGreaterThanOrEqual(64);
    expect(box.y + box.height, feeling).toBeLessThanOrEqual(820);
  }
  await expect(page.getByTestId('feeling-sad')).toHaveAccessibleName('Sad');
  const audit = await new AxeBuilder({ page }).analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByTestId('feeling-sad').tap();
  await waitForCanvas(page);
  await drawLine(page, touch, 'blue', 0.5);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('feelings-after')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('feeling-calm').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible();

  await page.getByTestId('open-gallery').tap();
  const pair = page.getByTestId('artwork').getByTestId('feeling-pair');
  await expect(pair).toHaveAttribute('data-before', 'sad');
  await expect(pair).toHaveAttribute('data-after', 'calm');
  await expect(pair).toHaveAccessibleName('Feelings: Sad → Calm');

  // Skipping stores nothing; going home without "done" asks nothing after.
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await page.getByTestId(`who-${aru}`).tap();
  await page.getByTestId('feeling-skip').tap();
  await waitForCanvas(page);
  await drawLine(page, touch, 'red', 0.3);
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(2);
  await expect(page.getByTestId('feeling-pair')).toHaveCount(1);

  // The adult turns it off: straight from "Who is drawing?" to the picture, and "done" goes home.
  await page.getByTestId('home').tap();
  await passGate(page);
  await expect(page.getByTestId('feelings-checkin')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('feelings-checkin').click();
  await expect(page.getByTestId('feelings-checkin')).toHaveAttribute('aria-checked', 'false');
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await page.getByTestId(`who-${aru}`).tap();
  await waitForCanvas(page);
  await drawLine(page, touch, 'green', 0.7);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
});

test("the child's timeline shows time, colours and coverage; the note survives a reload; report and take-home print as A4 with the name", async ({ page, touch }) => {
  await page.clock.install();
  const [dana] = await addChildren(page, ['Dana']);
  await page.getByTestId('home').tap();
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId('page-firefighter').tap();
  await page.getByTestId(`who-${dana}`).tap();
  await page.getByTestId('feeling-tired').tap();
  await waitForCanvas(page);
  await drawLine(page, touch, 'red', 0.2);
  // A minute and a half later (a short gap counts), then a long break (not counted).
  await page.clock.fastForward('01:30');
  await drawLine(page, touch, 'blue', 0.5);
  await page.clock.fastForward('10:00');
  await drawLine(page, touch, 'blue', 0.8);
  await page.getByTestId('done').tap();
  await page.getByTestId('feeling-happy').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });

  await passGate(page);
  await page.getByTestId(`timeline-${dana}`).click();
  const entry = page.locator('[data-testid^="timeline-entry-"]');
  await expect(entry).toHaveCount(1);
  const artworkId = (await entry.getAttribute('data-testid'))!.replace('timeline-entry-', '');
  const figures = page.getByTestId(`timeline-figures-${artworkId}`);
  await expect(figures.locator('[data-figure="time"]')).toHaveText('2 min');
  await expect(figures.locator('[data-figure="colours"]')).toHaveText('2 colours');
  await expect(figures.locator('[data-figure="covered"]')).toHaveText(/^\d+ % covered$/);
  const covered = Number(/\d+/.exec((await figures.locator('[data-figure="covered"]').textContent())!)![0]);
  // Three wide stripes of a large marker: a few per cent of the page, not the outlines of the page.
  expect(covered).toBeGreaterThanOrEqual(3);
  expect(covered).toBeLessThanOrEqual(30);
  await expect(entry.getByTestId('feeling-pair')).toHaveAccessibleName('Feelings: Tired → Happy');
  await expect(entry).toContainText('Marker');

  const note = page.getByTestId(`note-${artworkId}`);
  await note.fill('Tired at first; chose <b>blue</b> twice.\nSmiled at the end.');
  await expect(page.getByTestId(`note-status-${artworkId}`)).toHaveText('Note saved');
  await page.reload();
  await passGate(page);
  await page.getByTestId(`timeline-${dana}`).click();
  await expect(page.getByTestId(`note-${artworkId}`)).toHaveValue('Tired at first; chose <b>blue</b> twice.\nSmiled at the end.');

  // The report: one A4 portrait page with the child's name, the figures and the note.
  await page.evaluate(() => (window.print = () => {}));
  await page.getByTestId('print-report').click();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 15_000 });
  const report = page.getByTestId('report-sheet');
  await expect(report).toContainText('Dana');
  await expect(report).toContainText('Smiled at the end.');
  await page.emulateMedia({ media: 'print' });
  const reportPdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const reportText = await pdfText(reportPdf);
  expect(reportText.pages).toEqual([{ width: 595, height: 842 }]);
  expect(reportText.text).toContain('Dana');
  expect(reportText.text).toContain('2 colours');
  expect(reportText.text).toContain('Smiled at the end.');
  await page.emulateMedia({ media: 'screen' });

  // The take-home sheet on the gallery card: A4 with the picture, the name and the face.
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  await page.clock.fastForward('00:20'); // past the print cool-down
  await page.getByTestId('print-takehome').tap();
  const sheet = page.getByTestId('takehome-sheet');
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 15_000 });
  await expect(sheet).toContainText('Dana');
  await expect(sheet.locator('[data-feeling="happy"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const sheetText = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(sheetText.pages).toEqual([{ width: 842, height: 595 }]);
  expect(sheetText.text).toContain('Dana');
  expect(sheetText.text).toContain('Certificate');
  expect(sheetText.text).toContain('Today I felt: happy');
});

test('feelings and notes travel in the ZIP and leave with the end-of-session wipe', async ({ page, touch }) => {
  const [aru] = await addChildren(page, ['Aru']);
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await page.getByTestId(`who-${aru}`).tap();
  await page.getByTestId('feeling-angry').tap();
  await waitForCanvas(page);
  await drawLine(page, touch, 'red', 0.5);
  await page.getByTestId('done').tap();
  await page.getByTestId('feeling-calm').tap();
  await passGate(page);
  await page.getByTestId(`timeline-${aru}`).click();
  const entry = page.locator('[data-testid^="timeline-entry-"]');
  const artworkId = (await entry.getAttribute('data-testid'))!.replace('timeline-entry-', '');
  await page.getByTestId(`note-${artworkId}`).fill('Angry at the start, calm at the end.');
  await expect(page.getByTestId(`note-status-${artworkId}`)).toHaveText('Note saved');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-zip').click()]);
  const zip = readFileSync((await download.path())!);

  // The end-of-session wipe: pictures, names, feelings and notes go.
  await page.getByTestId('wipe-all').click();
  await page.getByTestId('wipe-confirm-1').click();
  await page.getByTestId('wipe-confirm-2').click();
  await expect(page.locator('.settings-message')).toContainText('removed');
  expect(await countRecords(page, 'ec-reflections', 'reflections')).toBe(0);

  // Another tablet (this one, emptied) takes the ZIP: the child, the faces and the note come back.
  await page.getByTestId('import-zip-file').setInputFiles({ name: 'pictures.zip', mimeType: 'application/zip', buffer: zip });
  await expect(page.locator('.settings-message')).toContainText('Pictures added: 1');
  await page.getByTestId(`timeline-${aru}`).click();
  await expect(page.getByTestId(`note-${artworkId}`)).toHaveValue('Angry at the start, calm at the end.');
  await expect(page.locator(`[data-testid="timeline-entry-${artworkId}"]`).getByTestId('feeling-pair')).toHaveAccessibleName('Feelings: Angry → Calm');
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('feeling-pair')).toHaveAccessibleName('Feelings: Angry → Calm');
});

test('a damaged feelings or note record is set aside at start-up; the gallery and the timeline still show the picture', async ({ page, touch }) => {
  const [dana] = await addChildren(page, ['Dana']);
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await page.getByTestId(`who-${dana}`).tap();
  await page.getByTestId('feeling-happy').tap();
  await waitForCanvas(page);
  await drawLine(page, touch, 'purple', 0.5);
  await page.getByTestId('done').tap();
  await page.getByTestId('feeling-skip').tap();
  await page.getByTestId('open-gallery').tap();
  const artworkId = (await page.getByTestId('artwork').getAttribute('data-artwork-id'))!;
  await putRecord(page, 'ec-reflections', 'reflections', `feelings:${artworkId}`, { before: 'furious', after: 42 });
  await putRecord(page, 'ec-reflections', 'reflections', `note:${artworkId}`, { text: '<script>alert(1)</script>'.repeat(200), updatedAt: 1 });
  await page.reload();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
  await expect(page.getByTestId('feeling-pair')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('A damaged feeling or note was set aside');
  // The notice shows once the first record is set aside; the second follows in its own write.
  await expect.poll(() => countRecords(page, 'ec-quarantine', 'quarantine')).toBe(2);
  await expect.poll(() => countRecords(page, 'ec-reflections', 'reflections')).toBe(0);
  await page.getByTestId('home').tap();
  await passGate(page);
  await page.getByTestId(`timeline-${dana}`).click();
  await expect(page.getByTestId(`timeline-entry-${artworkId}`)).toBeVisible();
  await expect(page.getByTestId(`note-${artworkId}`)).toHaveValue('');
});
