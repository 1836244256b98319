import type { Page } from '@playwright/test';

export interface ScanFocus {
  id: string | null;
  members: string[];
}
export function readScanFocus(page: Page): Promise<ScanFocus | null>;
export function pressSwitch(page: Page, key: ' ' | 'Enter'): Promise<void>;
export function scanTo(page: Page, target: string, options?: { choose?: boolean; limit?: number }): Promise<number>;
export function drawingControls(page: Page): Promise<string[]>;
export function harmless(id: string): boolean;
export function pressesToEveryControl(page: Page, openDrawing: () => Promise<void>, options?: { limit?: number }): Promise<{ controls: string[]; fromStart: Record<string, number>; fromCrosshair: Record<string, number> }>;
export function waitAndChoose(page: Page, target: string, options?: { timeout?: number }): Promise<void>;
export function medianAndMax(values: number[]): { median: number; max: number };
