import { useCallback, useEffect, useRef, useState } from 'react';
import { claimPrintSlot, type PrintJob } from './printJobs';

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
      for (const job of jobs) if (job.imageUrl.startsWith('blob:')) URL.revokeObjectURL(job.imageUrl);
    };
    return release;
  }, [jobs]);

  return { jobs, print, onReady };
}
