import { SwitchDebounce } from '../../engine/input/switchScanner';
import type { ScanMode } from '../../engine/model/access';

/** What switch presses drive: the screen's scanner, or the crosshair on the picture. */
export interface SwitchConsumer {
  /** Moves the highlight one place on (a tick of auto-scan, or switch 1 of two). */
  step(): void;
  /** Chooses what is highlighted (any switch of one, or switch 2 of two). */
  choose(): void;
  /** It gets the presses from now on (it shows its highlight). */
  activate?(): void;
  /** Another consumer gets them now, or scanning stops. */
  deactivate?(): void;
}

export interface SwitchSettings {
  mode: ScanMode;
  stepMs: number;
  /** Played at each step when the child's profile asks for a tick. */
  onStep: (() => void) | null;
}

/** The key events the switches send (a subset of KeyboardEvent, so tests can make them). */
export type SwitchKey = Pick<KeyboardEvent, 'key' | 'repeat' | 'ctrlKey' | 'metaKey' | 'altKey' | 'timeStamp'>;

/**
 * The switches, made once at boot: Space or `1` is switch 1, Enter or `2` switch 2 (what common
 * switch interfaces send). One switch: the highlight moves by itself every `stepMs` and any press
 * chooses. Two switches: switch 1 steps, switch 2 chooses. Presses closer than 150 ms are one (a
 * bouncing switch); a held key's repeats are ignored. The newest consumer gets the presses: the
 * crosshair while it runs, else the screen's scanner.
 */
export class SwitchControl {
  private settings: SwitchSettings = { mode: 'off', stepMs: 1500, onStep: null };
  private readonly consumers: SwitchConsumer[] = [];
  private readonly debounce = new SwitchDebounce();
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Keyboard drawing has the keys for now (an arrow key on the picture): no presses, no auto-scan. */
  private paused = false;

  get mode(): SwitchSettings['mode'] {
    return this.settings.mode;
  }

  configure(settings: SwitchSettings): void {
    this.settings = settings;
    this.restartTimer();
  }

  /** Gives presses to `consumer` until the returned function is called. */
  push(consumer: SwitchConsumer): () => void {
    this.current()?.deactivate?.();
    this.consumers.push(consumer);
    consumer.activate?.();
    this.restartTimer();
    return () => {
      const at = this.consumers.indexOf(consumer);
      if (at < 0) return;
      const wasCurrent = at === this.consumers.length - 1;
      this.consumers.splice(at, 1);
      if (wasCurrent) {
        consumer.deactivate?.();
        this.current()?.activate?.();
      }
      this.restartTimer();
    };
  }

  pause(paused: boolean): void {
    if (this.paused === paused) return;
    this.paused = paused;
    this.restartTimer();
  }

  /** A key press; true when it was a switch press (the page must not act on it as well). */
  handleKey(event: SwitchKey): boolean {
    if (this.settings.mode === 'off' || this.paused || event.ctrlKey || event.metaKey || event.altKey) return false;
    const which = event.key === ' ' || event.key === '1' ? 1 : event.key === 'Enter' || event.key === '2' ? 2 : 0;
    if (which === 0) return false;
    if (event.repeat || !this.debounce.accept(event.timeStamp)) return true;
    this.press(which);
    return true;
  }

  /** One press of switch 1 or 2. */
  press(which: 1 | 2): void {
    const consumer = this.current();
    if (!consumer) return;
    if (this.settings.mode === 'two' && which === 1) {
      this.step();
      return;
    }
    consumer.choose();
    // After a choice the highlight rests a full step before moving on.
    this.restartTimer();
  }

  private step(): void {
    const consumer = this.current();
    if (!consumer) return;
    consumer.step();
    this.settings.onStep?.();
  }

  private current(): SwitchConsumer | null {
    return this.consumers[this.consumers.length - 1] ?? null;
  }

  private restartTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.settings.mode === 'one' && !this.paused && this.consumers.length > 0) this.timer = setInterval(() => this.step(), this.settings.stepMs);
  }
}
