import type { Page } from '@playwright/test';

/** A control's box: on screen as the finger meets it, or (`layoutBoxes`) as the layout placed it. */
export interface ControlBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every control on the drawing screen and the colour hint, as drawn (a chosen control is lifted and 6 % larger). */
export function drawingControls(page: Page): Promise<ControlBox[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.draw-screen button, .draw-screen [data-testid="colour-hint"]')).map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-testid') ?? el.tagName, x: r.left, y: r.top, width: r.width, height: r.height };
    }),
  );
}

/** The buttons matching `selector` as the layout placed them, before any transform. */
export function layoutBoxes(page: Page, selector = 'button'): Promise<ControlBox[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const e = el as HTMLElement;
      let x = 0;
      let y = 0;
      for (let n: HTMLElement | null = e; n; n = n.offsetParent as HTMLElement | null) {
        x += n.offsetLeft;
        y += n.offsetTop;
      }
      return { id: e.dataset.testid ?? '', x, y, width: e.offsetWidth, height: e.offsetHeight };
    }),
  );
}

/** Every pair of boxes less than `min` px apart, described for a test message. */
export function closerThan(boxes: ControlBox[], min: number): string[] {
  const close: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const gapY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
      const gap = Math.max(gapX, gapY);
      if (gap < min) close.push(`${a.id} and ${b.id}: ${Math.round(gap)} px`);
    }
  });
  return close;
}

/** Boxes not whole on a `width` × `height` screen, or smaller than `min` px across, described. */
export function offScreenOrSmall(boxes: ControlBox[], width: number, height: number, min: number): string[] {
  return boxes.flatMap((b) => {
    const where = `${b.id} at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;
    const whole = b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
    const big = b.id === 'colour-hint' || Math.min(b.width, b.height) >= min;
    return whole && big ? [] : [where];
  });
}
