// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKidProofShell } from './kidProofShell';

let uninstall = () => {};
afterEach(() => uninstall());

/** A touchstart on the page margin, with the given number of fingers. */
function touchStart(cancelable: boolean, fingers = 1) {
  const event = new Event('touchstart', { bubbles: true, cancelable });
  Object.defineProperty(event, 'touches', { value: Array.from({ length: fingers }) });
  const preventDefault = vi.spyOn(event, 'preventDefault');
  document.body.dispatchEvent(event);
  return preventDefault;
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
});
