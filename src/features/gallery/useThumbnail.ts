import { useEffect, useRef, useState } from 'react';
import { loadThumbnail } from '../../storage/galleryRepository';

/** Loads a thumbnail only when its card scrolls into view, and releases it when the card goes. */
export function useThumbnail(thumbKey: string | null) {
  const ref = useRef<HTMLElement | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !thumbKey) return;
    let objectUrl: string | null = null;
    let alive = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void loadThumbnail(thumbKey)
          .then((blob) => {
            if (!blob || !alive) return;
            objectUrl = URL.createObjectURL(blob);
            setUrl(objectUrl);
          })
          .catch(() => {});
      },
      { rootMargin: '300px' },
    );
    observer.observe(el);
    return () => {
      alive = false;
      observer.disconnect();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [thumbKey]);
  return { ref, url };
}
