import { useCallback, useEffect, useRef, useState } from 'react';
import { claimPrintSlot, imageUrlsOf, type PrintJob } from './printJobs';

/**
 * Prints sheets: shows them to the print layout, waits until their pictures are decoded, then opens
 * the print dialog once. Blob URLs are released after printing.
 */
export function usePrinter() {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const waiting = useRef(false);

  /** `fromAdult`: an adult's print in the adult area, never held back by a child's cool-down. */
  const print = useCallback((next: PrintJob[], fromAdult = false): boolean => {
    if (next.length === 0 || (!fromAdult && !claimPrintSlot())) return false;
    waiting.current = true;
    setJobs(next);
    return true;
  }, []);

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
