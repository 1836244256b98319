import { useEffect, useRef, useState } from 'react';
import { loadThumbnail } from '../../storage/galleryRepository';

/** Makes a thumbnail again from the stored picture (wired by the app: it needs the drawing code). */
export type ThumbnailMaker = (id: string) => Promise<void>;

/**
 * Loads a thumbnail only when its card scrolls into view, and releases it when the card goes. A
 * missing or stale one (the picture changed after it was made) is shown while a new one is made.
 */
export function useThumbnail(id: string, updatedAt: number, makeThumbnail: ThumbnailMaker) {
  const ref = useRef<HTMLElement | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let objectUrl: string | null = null;
    let alive = true;
    const show = (blob: Blob) => {
      if (!alive) return;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    };
    const load = async () => {
      const stored = await loadThumbnail(id);
      if (stored) show(stored.blob);
      if ((stored && stored.updatedAt >= updatedAt) || !alive) return;
      await makeThumbnail(id);
      const made = await loadThumbnail(id);
      if (made && made.updatedAt > (stored?.updatedAt ?? -1)) show(made.blob);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load().catch((error: unknown) => console.warn(`No thumbnail for ${id}`, error));
      },
      { rootMargin: '300px' },
    );
    observer.observe(el);
    return () => {
      alive = false;
      observer.disconnect();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id, updatedAt, makeThumbnail]);
  return { ref, url };
}
