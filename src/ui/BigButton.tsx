import { type PointerEvent, type ReactNode, useRef } from 'react';

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

/** A click this soon after a press on pointerup is that same press, not another one. */
const SAME_PRESS_MS = 800;

function usePress(onPress: () => void) {
  const down = useRef<number | null>(null);
  const pressedAt = useRef(-Infinity);
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
      pressedAt.current = performance.now();
      onPress();
    },
    onPointerCancel() {
      down.current = null;
    },
    onClick() {
      if (performance.now() - pressedAt.current < SAME_PRESS_MS) return;
      onPress();
    },
  };
}
