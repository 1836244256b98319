import { useCallback, useEffect, useRef, useState } from 'react';
import { claimPrintSlot, imageUrlsOf, type PrintJob } from './printJobs';

/**
 * Prints sheets: shows them to the print layout, waits until their pictures are decoded, then opens
 * the print dialog once. Blob URLs are released after printing. `loadSheets` brings the code that
 * lays the sheets out (not needed to start the app); the jobs are shown once it is here.
 */
export function usePrinter(loadSheets: () => Promise<void>) {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const waiting = useRef(false);

  /** `fromAdult`: an adult's print in the adult area, never held back by a child's cool-down. */
  const print = useCallback(
    (next: PrintJob[], fromAdult = false): boolean => {
      if (next.length === 0 || (!fromAdult && !claimPrintSlot())) return false;
      waiting.current = true;
      loadSheets().then(
        () => setJobs(next),
        (error: unknown) => {
          // Nothing to print with: the pictures' URLs go, as they would after printing.
          waiting.current = false;
          for (const url of next.flatMap(imageUrlsOf)) URL.revokeObjectURL(url);
          console.warn('Print sheets not loaded', error);
        },
      );
      return true;
    },
    [loadSheets],
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

  return { jobs, print, onReady };
}
