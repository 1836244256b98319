import { SwitchScanner } from '../../engine/input/switchScanner';
import type { ChoiceTargets } from './choiceTargets';
import { ScanHighlight } from './scanHighlight';
import { type Measure, readScanLayout, type ScanGroupView, type ScreenLayout } from './scanLayout';
import type { SwitchConsumer } from './switchControl';

export interface ScreenScannerOptions {
  /** Where elements are on screen; the browser's boxes unless a test stands in. */
  measure?: Measure;
  /** Runs `work` before the next frame (the highlight follows the page once per frame at most). */
  nextFrame?: (work: () => void) => () => void;
}

/**
 * Switch scanning of the screen's controls, made once at boot. While it has the switches it
 * shows its highlight, resting on the screen's starting group, and keeps it on the page as the
 * page changes (a new screen, a dialog, a button that becomes enabled). A chosen control is
 * pressed as a keyboard or switch would (a click); one that is not a button (the picture) is
 * handed to what its screen registered in `targets`.
 */
export class ScreenScanner implements SwitchConsumer {
  private readonly scanner: SwitchScanner<HTMLElement, ScanGroupView>;
  private readonly highlight: ScanHighlight;
  private readonly nextFrame: (work: () => void) => () => void;
  private active = false;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly targets: ChoiceTargets,
    options: ScreenScannerOptions = {},
  ) {
    const measure = options.measure ?? ((el: Element) => el.getBoundingClientRect());
    this.nextFrame = options.nextFrame ?? defaultNextFrame(doc);
    // One read of the page per press (a step asks for the layout more than once), then afresh.
    let layout: ScreenLayout | null = null;
    this.scanner = new SwitchScanner(() => {
      if (!layout) {
        layout = readScanLayout(doc, measure);
        queueMicrotask(() => (layout = null));
      }
      return layout;
    });
    this.highlight = new ScanHighlight(doc, measure);
  }

  step(): void {
    this.scanner.step();
    this.show();
  }

  choose(): void {
    const chosen = this.scanner.choose();
    this.show();
    if (!chosen) return;
    if (chosen.tagName === 'BUTTON' || !this.targets.choose(chosen)) chosen.click();
  }

  activate(): void {
    this.active = true;
    this.scanner.rest();
    this.show();
    this.follow();
  }

  deactivate(): void {
    this.active = false;
    this.stopFollowing?.();
    this.stopFollowing = null;
  }

  /** Highlights one element for another consumer (the crosshair's menu), or nothing. */
  showElement(element: HTMLElement | null): void {
    this.highlight.show(element ? { item: element } : null);
  }

  /** Scanning is off: no highlight, nothing remembered. */
  clear(): void {
    this.deactivate();
    this.scanner.clear();
    this.highlight.clear();
  }

  private show(): void {
    if (this.active) this.highlight.show(this.scanner.focus);
  }

  /** Keeps the highlight on the page as it changes; a highlight that lost its place rests again. */
  private follow(): void {
    const win = this.doc.defaultView;
    if (!win || this.stopFollowing) return;
    let cancel: (() => void) | null = null;
    const refresh = () => {
      if (cancel) return;
      cancel = this.nextFrame(() => {
        cancel = null;
        if (!this.active) return;
        // Resting, it rests where the new page starts; a highlight that lost its place rests too.
        if (this.scanner.resting || this.scanner.focus === null) this.scanner.rest();
        this.show();
      });
    };
    const observer = new win.MutationObserver(refresh);
    observer.observe(this.doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'aria-hidden'] });
    win.addEventListener('resize', refresh);
    win.addEventListener('scroll', refresh, { capture: true, passive: true });
    this.stopFollowing = () => {
      observer.disconnect();
      win.removeEventListener('resize', refresh);
      win.removeEventListener('scroll', refresh, { capture: true });
      cancel?.();
      cancel = null;
    };
  }
}

function defaultNextFrame(doc: Document): (work: () => void) => () => void {
  return (work) => {
    const win = doc.defaultView;
    if (win?.requestAnimationFrame) {
      const frame = win.requestAnimationFrame(() => work());
      return () => win.cancelAnimationFrame(frame);
    }
    const timer = setTimeout(work, 16);
    return () => clearTimeout(timer);
  };
}
