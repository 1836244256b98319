import type { ReactNode } from 'react';

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
 */
export function BigButton({ testId, label, onPress, pressed, disabled, variant = 'action', className, children }: BigButtonProps) {
  return (
    <button
      type="button"
      className={`big-button big-button--${variant}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onPress}
    >
      {children}
      {pressed ? <span className="big-button__chosen" aria-hidden="true" /> : null}
    </button>
  );
}
