// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAdultArea } from './adultZoom';
import { installKidProofShell } from './kidProofShell';

let uninstall = () => {};
afterEach(() => {
  uninstall();
  setAdultArea(false);
});

/** A touchstart on the page margin, with the given number of fingers. */
function touchStart(cancelable: boolean, fingers = 1) {
  const event = new Event('touchstart', { bubbles: true, cancelable });
  Object.defineProperty(event, 'touches', { value: Array.from({ length: fingers }) });
  const preventDefault = vi.spyOn(event, 'preventDefault');
  document.body.dispatchEvent(event);
  return preventDefault;
}

/** Safari's own pinch event. */
function gesture(type: 'gesturestart' | 'gesturechange') {
  const event = new Event(type, { bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the kid-proof shell', () => {
  it('cancels stray and multi-finger touches', () => {
    uninstall = installKidProofShell(window);
    expect(touchStart(true)).toHaveBeenCalled();
    expect(touchStart(true, 2)).toHaveBeenCalled();
  });

  it('leaves alone a touch the browser has already claimed (no intervention warning)', () => {
    uninstall = installKidProofShell(window);
    expect(touchStart(false)).not.toHaveBeenCalled();
    expect(touchStart(false, 2)).not.toHaveBeenCalled();
  });

  it("refuses Safari's pinch on a child's screen and lets it zoom the adult area", () => {
    uninstall = installKidProofShell(window);
    expect([gesture('gesturestart'), gesture('gesturechange')]).toEqual([true, true]);
    setAdultArea(true);
    expect([gesture('gesturestart'), gesture('gesturechange')]).toEqual([false, false]);
    expect(touchStart(true, 2)).not.toHaveBeenCalled();
    expect(touchStart(true)).not.toHaveBeenCalled();
  });

  it("refuses the browser's own zoom (ctrl+wheel, ctrl +) in the adult area too: it would stay on for the children", () => {
    uninstall = installKidProofShell(window);
    setAdultArea(true);
    const wheel = new WheelEvent('wheel', { ctrlKey: true, cancelable: true, deltaY: -100 });
    window.dispatchEvent(wheel);
    const key = new KeyboardEvent('keydown', { ctrlKey: true, key: '+', cancelable: true });
    window.dispatchEvent(key);
    expect([wheel.defaultPrevented, key.defaultPrevented]).toEqual([true, true]);
  });
});
