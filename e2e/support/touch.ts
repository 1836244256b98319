import type { CDPSession, Page } from '@playwright/test';

/** Real touch input through the DevTools protocol, as a tablet's touchscreen delivers it. */
export interface TouchPoint {
  x: number;
  y: number;
  id?: number;
  radius?: number;
}

export class Touchscreen {
  private constructor(private readonly cdp: CDPSession) {}

  static async for(page: Page): Promise<Touchscreen> {
    return new Touchscreen(await page.context().newCDPSession(page));
  }

  /**
   * `at` (seconds since the epoch) stamps the event with the time the page sees in
   * `event.timeStamp`, so a timing-sensitive gesture does not depend on how fast the harness runs.
   */
  async start(points: TouchPoint[], at?: number): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points.map(toCdp), ...stamp(at) });
  }

  async move(points: TouchPoint[], at?: number): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points.map(toCdp), ...stamp(at) });
  }

  /** Lifts every finger still down. */
  async end(at?: number): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], ...stamp(at) });
  }

  /** A pen (stylus) along a straight line at one pressure, as a tablet's pen reports it. */
  async penLine(from: { x: number; y: number }, to: { x: number; y: number }, force: number, steps = 12): Promise<void> {
    const pen = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number, pressure: number) =>
      this.cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, pointerType: 'pen', force: pressure });
    await pen('mousePressed', from.x, from.y, force);
    for (let i = 1; i <= steps; i++) await pen('mouseMoved', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps, force);
    await pen('mouseReleased', to.x, to.y, 0);
  }

  /** One finger along a path, with `steps` moves between each pair of points. */
  async stroke(path: { x: number; y: number }[], steps = 6): Promise<void> {
    const [first, ...rest] = path;
    if (!first) return;
    await this.start([first]);
    let prev = first;
    for (const next of rest) {
      for (let i = 1; i <= steps; i++) {
        await this.move([{ x: prev.x + ((next.x - prev.x) * i) / steps, y: prev.y + ((next.y - prev.y) * i) / steps }]);
      }
      prev = next;
    }
    await this.end();
  }

  async tap(x: number, y: number): Promise<void> {
    await this.start([{ x, y }]);
    await this.end();
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}

function stamp(at: number | undefined) {
  return at === undefined ? {} : { timestamp: at };
}

function toCdp(p: TouchPoint) {
  const radius = p.radius ?? 6;
  return { x: p.x, y: p.y, id: p.id ?? 1, radiusX: radius, radiusY: radius, force: 0.5 };
}
