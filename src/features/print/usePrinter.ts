import { useCallback, useEffect, useRef, useState } from 'react';
import { useFleeting } from '../../ui/useFleeting';
import { claimPrintSlot, imageUrlsOf, type PrintJob, releasePrintSlot } from './printJobs';

/** How long the adult's note about a print that could not start stays up. */
export const PRINT_FAILED_NOTICE_MS = 15_000;

/**
 * Prints sheets: shows them to the print layout, waits until their pictures are decoded, then opens
 * the print dialog once. Blob URLs are released after printing. `loadSheets` brings the code that
 * lays the sheets out (not needed to start the app); the jobs are shown once it is here. If it
 * cannot come (offline, and missing from the tablet's copy of the app), `failed` is set for a
 * while, so the adult is told why nothing printed.
 */
export function usePrinter(loadSheets: () => Promise<void>) {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const [failed, showFailed, hideFailed] = useFleeting<true>(PRINT_FAILED_NOTICE_MS);
  const waiting = useRef(false);

  /** `fromAdult`: an adult's print in the adult area, never held back by a child's cool-down. */
  const print = useCallback(
    (next: PrintJob[], fromAdult = false): boolean => {
      if (next.length === 0 || (!fromAdult && !claimPrintSlot())) return false;
      waiting.current = true;
      loadSheets().then(
        () => {
          hideFailed();
          setJobs(next);
        },
        (error: unknown) => {
          // Nothing to print with: the pictures' URLs go, as they would after printing, and the
          // child's press did not use up the cool-down.
          waiting.current = false;
          for (const url of next.flatMap(imageUrlsOf)) URL.revokeObjectURL(url);
          if (!fromAdult) releasePrintSlot();
          console.warn('Print sheets not loaded', error);
          showFailed(true);
        },
      );
      return true;
    },
    [loadSheets, showFailed, hideFailed],
  );

  const onReady = useCallback(() => {
    if (!waiting.current) return;
    waiting.current = false;
    window.print();
  }, []);

  useEffect(() => {
    const release = () => {
      for (const url of jobs.flatMap(imageUrlsOf)) URL.revokeObjectURL(url);
    };
    return release;
  }, [jobs]);

  return { jobs, print, onReady, failed: failed !== null };
}
