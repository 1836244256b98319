import { expect, test } from './support/fixtures';

// The home screen on every screen it may meet: the session's tablets, a phone (a parent's, or a
// tablet in a narrow split view) upright and on its side, and the therapist's laptop.
const VIEWPORTS: [number, number][] = [
  [1180, 820],
  [744, 1133],
  [390, 844],
  [844, 390],
  [1280, 720],
];

for (const [width, height] of VIEWPORTS) {
  test(`${width}×${height}: the home screen's cards and the adult lock are whole on screen, apart, and big enough`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const ids = ['start-blank', 'start-colouring', 'open-gallery', 'start-puzzle', 'adult-gate'];
    const boxes = [];
    for (const id of ids) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      boxes.push({ id, ...box! });
    }
    for (const box of boxes) {
      const where = `${box.id} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(width);
      expect(box.y + box.height, where).toBeLessThanOrEqual(height);
      expect(Math.min(box.width, box.height), where).toBeGreaterThanOrEqual(64);
    }
    // No two overlap: a finger meant for one never lands on another.
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    // The lock answers a tap where it is drawn (nothing lies over it).
    await page.getByTestId('adult-gate').tap();
    await expect(page.getByTestId('gate-question')).toBeVisible();
  });
}
