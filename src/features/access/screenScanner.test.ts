// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceTargets } from './choiceTargets';
import { ScreenScanner } from './screenScanner';

/** Boxes come from `data-box="left top width height"` (jsdom lays nothing out); a group's is its children's union. */
function measure(el: Element) {
  const own = el.getAttribute('data-box');
  if (own) {
    const [left = 0, top = 0, width = 0, height = 0] = own.split(' ').map(Number);
    return { left, top, width, height, right: left + width, bottom: top + height };
  }
  const boxes = [...el.querySelectorAll('[data-box]')].map(measure);
  if (boxes.length === 0) return { left: 0, top: 0, width: 0, height: 0, right: 0, bottom: 0 };
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** A drawing screen in small: three tools, a picture, fourteen colours in rows of two (the start). */
function drawingScreen(): void {
  const button = (id: string, left: number, top: number) => `<button data-testid="${id}" data-box="${left} ${top} 64 64"></button>`;
  const colours = Array.from({ length: 14 }, (_, i) => button(`colour-${i}`, 1000 + (i % 2) * 76, 100 + Math.floor(i / 2) * 76)).join('');
  document.body.innerHTML = `<div class="screen">
    <nav data-scan-group="tools">${button('marker', 20, 20)}${button('fill', 20, 100)}${button('eraser', 20, 180)}</nav>
    <main data-scan-group="canvas"><div data-testid="canvas" data-scan-item="canvas" data-box="120 100 800 600"></div></main>
    <div data-scan-group="colours" data-scan-start>${colours}</div>
  </div>`;
}

/** The test ids the highlight is on: its own element's, or `part` and the controls inside the part. */
const focused = () => {
  const el = document.querySelector<HTMLElement>('[data-scan-focus="true"]');
  if (!el) return null;
  return el.classList.contains('scan-part') ? 'part' : (el.dataset.testid ?? `group:${el.dataset.scanGroup}`);
};
const inside = () => [...document.querySelectorAll<HTMLElement>('[data-scan-in="true"]')].map((el) => el.dataset.testid);

function setup() {
  const frames: (() => void)[] = [];
  const targets = new ChoiceTargets();
  const scanner = new ScreenScanner(document, targets, {
    measure,
    nextFrame: (work) => {
      frames.push(work);
      return () => frames.splice(frames.indexOf(work), 1);
    },
  });
  /** Runs the frame the scanner asked for (after a change on the page, once the observer has seen it). */
  const frame = async () => {
    await Promise.resolve();
    while (frames.length) frames.shift()?.();
  };
  return { scanner, targets, frame, frames };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the screen scanner on the page', () => {
  it("rests on the screen's starting group with a ring round it, goes into a part drawn as a box, and clicks the control chosen", () => {
    drawingScreen();
    const { scanner } = setup();
    scanner.activate();
    expect(focused()).toBe('group:colours');
    expect(inside()).toHaveLength(14);
    scanner.choose();
    // The first part of the long rail: whole rows, a box of the same ring round them.
    expect(focused()).toBe('part');
    expect(inside()).toEqual(['colour-0', 'colour-1', 'colour-2', 'colour-3']);
    const box = document.querySelector<HTMLElement>('.scan-part')!;
    expect([box.style.left, box.style.top, box.style.width, box.style.height]).toEqual(['994px', '94px', '152px', '152px']);
    scanner.step();
    expect(inside()).toEqual(['colour-4', 'colour-5', 'colour-6', 'colour-7']);
    scanner.choose();
    scanner.step();
    expect(focused()).toBe('colour-5');
    expect(document.querySelector('.scan-part')).toBeNull();
    const clicked = vi.fn();
    document.querySelector('[data-testid="colour-5"]')!.addEventListener('click', clicked);
    scanner.choose();
    expect(clicked).toHaveBeenCalledOnce();
    // Rests on the colours again, ready for the next choice.
    expect(focused()).toBe('group:colours');
  });

  it('the picture is chosen through what its screen registered, not by an event on the page', () => {
    drawingScreen();
    const { scanner, targets } = setup();
    const chosen = vi.fn();
    const picture = document.querySelector('[data-testid="canvas"]')!;
    const unregister = targets.register(picture, { chosen, rested: () => undefined });
    const events = vi.fn();
    document.body.addEventListener('scan-canvas', events);
    scanner.activate();
    scanner.step();
    scanner.step();
    expect(focused()).toBe('group:canvas');
    scanner.choose();
    expect(chosen).toHaveBeenCalledOnce();
    expect(events).not.toHaveBeenCalled();
    unregister();
    expect(targets.choose(picture)).toBe(false);
  });

  it('follows the page: a new screen rests on its own start, a dialog is all there is, a lost place rests again', async () => {
    drawingScreen();
    const { scanner, frame } = setup();
    scanner.activate();
    scanner.step();
    scanner.choose();
    expect(focused()).toBe('marker');
    document.querySelector('.screen')!.insertAdjacentHTML('beforeend', '<div role="dialog"><button data-testid="yes" data-box="400 300 64 64"></button><button data-testid="no" data-box="480 300 64 64"></button></div>');
    await frame();
    expect(focused()).toBe('yes');
    document.querySelector('[role="dialog"]')!.remove();
    await frame();
    expect(focused()).toBe('group:colours');
    // After a choice the highlight rests, and rests where the next screen starts.
    scanner.step();
    scanner.choose();
    scanner.choose();
    document.body.innerHTML = '<div class="screen"><button data-testid="a" data-box="0 0 64 64"></button><div data-scan-start><button data-testid="b" data-box="80 0 64 64"></button></div></div>';
    await frame();
    expect(focused()).toBe('b');
  });

  it("lends its highlight to the crosshair's menu while it is not active, and leaves nothing behind when scanning stops", async () => {
    drawingScreen();
    const { scanner, frame, frames } = setup();
    scanner.activate();
    scanner.choose();
    scanner.deactivate();
    const marker = document.querySelector<HTMLElement>('[data-testid="marker"]')!;
    scanner.showElement(marker);
    expect(focused()).toBe('marker');
    expect(document.querySelector('.scan-part')).toBeNull();
    // Inactive, it does not redraw its own highlight as the page changes.
    document.body.append(document.createElement('div'));
    await frame();
    expect(frames).toHaveLength(0);
    expect(focused()).toBe('marker');
    scanner.activate();
    scanner.choose();
    scanner.clear();
    expect(document.querySelectorAll('[data-scan-focus], [data-scan-in], .scan-part')).toHaveLength(0);
  });
});
