import { useEffect, useState } from 'react';
import { loadBackupRecord } from '../../storage/backupRepository';
import { listGalleryItems, type GalleryItem } from '../../storage/galleryRepository';

export interface BackupStatus {
  /** When all pictures were last saved to a file, or null for never. */
  savedAt: number | null;
  /** Pictures made or changed since then (the bin not counted). */
  unsaved: GalleryItem[];
}

export function unsavedSince(items: readonly GalleryItem[], savedAt: number | null): GalleryItem[] {
  return items.filter((item) => savedAt === null || item.updatedAt > savedAt);
}

export async function readBackupStatus(): Promise<BackupStatus> {
  const [{ savedAt }, items] = await Promise.all([loadBackupRecord(), listGalleryItems()]);
  return { savedAt, unsaved: unsavedSince(items, savedAt) };
}

/** Read again whenever `version` changes (after the adult saved, imported or removed pictures). */
export function useBackupStatus(version: number): BackupStatus | null {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    let alive = true;
    readBackupStatus().then(
      (next) => alive && setStatus(next),
      () => alive && setStatus(null),
    );
    return () => {
      alive = false;
    };
  }, [version]);
  return status;
}

/** "3 days ago", "yesterday", "5 minutes ago", in the chosen language. */
export function howLongAgo(then: number, now: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.round((then - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(0, 'minute');
}
