import { type MouseEvent, type PointerEvent, type ReactNode, useRef } from 'react';

interface BigButtonProps {
  testId: string;
  label: string;
  onPress: () => void;
  pressed?: boolean;
  disabled?: boolean;
  variant?: 'tool' | 'action' | 'swatch' | 'card' | 'size' | 'confirm' | 'stamp' | 'key';
  className?: string;
  children: ReactNode;
}

/**
 * Every control a child touches. The accessible name comes from `label` (children are pictures);
 * the chosen state is announced with aria-pressed and drawn with shape, not colour alone.
 *
 * A press is a finger (or pen, or mouse) that goes down and comes up on the button, however long
 * it stays: children press and hold, and Firefox sends no click after a long press. Keyboard,
 * switch and screen-reader activation arrive as a click, which presses unless it is the click
 * that follows a press just handled.
 */
export function BigButton({ testId, label, onPress, pressed, disabled, variant = 'action', className, children }: BigButtonProps) {
  const { onPointerDown, onPointerUp, onPointerCancel, onClick } = usePress(onPress);
  return (
    <button
      type="button"
      className={`big-button big-button--${variant}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onClick={onClick}
    >
      {children}
      {pressed ? <span className="big-button__chosen" aria-hidden="true" /> : null}
    </button>
  );
}

/** The click a browser sends for a touch comes this soon after its pointerup, at the same spot. */
const GHOST_CLICK_MS = 600;
const GHOST_CLICK_PX = 24;
/**
 * Where and when a finger last pressed a button. The screen may change under the finger at once
 * (a new screen, a closed tray), and the browser's click for that same touch then lands on
 * whatever is there now: a ghost press of another control. That click is swallowed, wherever it
 * lands; keyboard, switch and screen-reader clicks (detail 0) never are.
 */
let lastPress = { time: -Infinity, x: 0, y: 0 };

function isGhostClick(e: globalThis.MouseEvent): boolean {
  return e.detail > 0 && performance.now() - lastPress.time < GHOST_CLICK_MS && Math.hypot(e.clientX - lastPress.x, e.clientY - lastPress.y) < GHOST_CLICK_PX;
}

if (typeof window !== 'undefined') {
  window.addEventListener(
    'click',
    (e) => {
      if (!isGhostClick(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    { capture: true },
  );
  // The mousedown before that click would move the keyboard focus to whatever is there now (a
  // control on the new screen, shown with a focus ring nobody asked for): it does nothing either.
  window.addEventListener(
    'mousedown',
    (e) => {
      if (isGhostClick(e)) e.preventDefault();
    },
    { capture: true },
  );
}

function usePress(onPress: () => void) {
  const down = useRef<number | null>(null);
  return {
    onPointerDown(e: PointerEvent<HTMLButtonElement>) {
      if (e.button === 0) down.current = e.pointerId;
    },
    onPointerUp(e: PointerEvent<HTMLButtonElement>) {
      const wasDown = down.current === e.pointerId;
      down.current = null;
      const button = e.currentTarget;
      const r = button.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      // Chromium sends pointer events to disabled buttons too.
      if (!wasDown || !inside || button.disabled) return;
      lastPress = { time: performance.now(), x: e.clientX, y: e.clientY };
      onPress();
    },
    onPointerCancel() {
      down.current = null;
    },
    onClick(e: MouseEvent<HTMLButtonElement>) {
      // A pointer's own click follows its press (the window listener above swallows it); a
      // keyboard, switch or screen-reader click has no pointer behind it and presses.
      if (isGhostClick(e.nativeEvent)) return;
      onPress();
    },
  };
}
