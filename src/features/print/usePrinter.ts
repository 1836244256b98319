import { useCallback, useEffect, useRef, useState } from 'react';
import { claimPrintSlot, imageUrlsOf, type PrintJob } from './printJobs';

/**
 * Prints sheets: shows them to the print layout, waits until their pictures are decoded, then opens
 * the print dialog once. Blob URLs are released after printing.
 */
export function usePrinter() {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const waiting = useRef(false);

  const print = useCallback((next: PrintJob[]): boolean => {
    if (next.length === 0 || !claimPrintSlot()) return false;
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
