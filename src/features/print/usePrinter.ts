import { type ComponentType, useCallback, useEffect, useRef, useState } from 'react';
import { claimPrintSlot, imageUrlsOf, type PrintJob } from './printJobs';

type PrintSheetsComponent = ComponentType<{ jobs: PrintJob[]; onReady: () => void }>;

let sheetsCode: Promise<PrintSheetsComponent> | null = null;

/**
 * The sheets' code (with the take-home sheet's QR encoder) is not needed to start the app: it is
 * loaded once the home screen is up, or by the first print. A failed load is tried again next time.
 */
export function loadPrintSheets(): Promise<PrintSheetsComponent> {
  sheetsCode ??= import('./PrintSheets').then(
    (m) => m.PrintSheets,
    (error: unknown) => {
      sheetsCode = null;
      throw error;
    },
  );
  return sheetsCode;
}

/**
 * Prints sheets: shows them to the print layout, waits until their pictures are decoded, then opens
 * the print dialog once. Blob URLs are released after printing. `Sheets` is the component that
 * lays them out, once its code is here.
 */
export function usePrinter() {
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const [Sheets, setSheets] = useState<PrintSheetsComponent | null>(null);
  const waiting = useRef(false);

  /** `fromAdult`: an adult's print in the adult area, never held back by a child's cool-down. */
  const print = useCallback((next: PrintJob[], fromAdult = false): boolean => {
    if (next.length === 0 || (!fromAdult && !claimPrintSlot())) return false;
    waiting.current = true;
    loadPrintSheets().then(
      (component) => {
        setSheets(() => component);
        setJobs(next);
      },
      (error: unknown) => {
        // Nothing to print with: the pictures' URLs go, as they would after printing.
        waiting.current = false;
        for (const url of next.flatMap(imageUrlsOf)) URL.revokeObjectURL(url);
        console.warn('Print sheets not loaded', error);
      },
    );
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

  return { jobs, print, onReady, Sheets };
}
