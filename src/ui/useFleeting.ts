import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A value that stays for a while and then goes by itself: a calm note to the adult that needs no
 * button to close. Showing it again (or another value) starts the while again.
 */
export function useFleeting<T>(ms: number): [value: T | null, show: (value: T) => void, hide: () => void] {
  const [value, setValue] = useState<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback(
    (next: T) => {
      setValue(() => next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setValue(null), ms);
    },
    [ms],
  );
  const hide = useCallback(() => {
    clearTimeout(timer.current);
    setValue(null);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [value, show, hide];
}
