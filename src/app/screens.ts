import type { FeelingMoment } from '../engine/model/reflections';
import type { PieceCount } from '../engine/puzzle/puzzle';
import type { PuzzleSource } from '../features/puzzle/puzzleSource';
import { preloadable } from './preloadable';

// Screens load their code on demand. The drawing screen (Konva and the brushes) is preloaded once
// the home screen has painted, and the small screens after it, so a first tap never waits.
const drawingScreen = preloadable(() => import('../features/drawing/DrawingScreen').then((m) => m.DrawingScreen));
const pagePicker = preloadable(() => import('../features/colouring/PagePicker').then((m) => m.PagePicker));
const galleryScreen = preloadable(() => import('../features/gallery/GalleryScreen').then((m) => m.GalleryScreen));
const adultGate = preloadable(() => import('../features/adult/AdultGate').then((m) => m.AdultGate));
const settingsScreen = preloadable(() => import('../features/adult/SettingsScreen').then((m) => m.SettingsScreen));
const childrenEditor = preloadable(() => import('../features/children/ChildrenEditor').then((m) => m.ChildrenEditor));
const replayScreen = preloadable(() => import('../features/replay/ReplayScreen').then((m) => m.ReplayScreen));
const puzzlePicker = preloadable(() => import('../features/puzzle/PuzzlePicker').then((m) => m.PuzzlePicker));
const puzzleScreen = preloadable(() => import('../features/puzzle/PuzzleScreen').then((m) => m.PuzzleScreen));
const pageImport = preloadable(() => import('../features/colouring/PageImport').then((m) => m.PageImport));
const hubSection = preloadable(() => import('../features/hub/HubSection').then((m) => m.HubSection));
// Not needed to start: the print sheets (with the take-home sheet's QR encoder) come with the others.
const printSheets = preloadable(() => import('../features/print/PrintSheets').then((m) => m.PrintSheets));
const therapistSection = preloadable(() => import('../features/therapy/TherapistSection').then((m) => m.TherapistSection));
export const DrawingScreen = drawingScreen.Component;
export const PrintSheets = printSheets.Component;
/** Loads the print sheets' code (a print waits for it); `printSheetsReady` says whether it is here. */
export const preloadPrintSheets = () => printSheets.preload();
export const printSheetsReady = () => printSheets.ready;
export const PagePicker = pagePicker.Component;
export const GalleryScreen = galleryScreen.Component;
export const AdultGate = adultGate.Component;
export const SettingsScreen = settingsScreen.Component;
export const ChildrenEditor = childrenEditor.Component;
export const TherapistSection = therapistSection.Component;
export const PageImport = pageImport.Component;
export const HubSection = hubSection.Component;
export const ReplayScreen = replayScreen.Component;
export const PuzzlePicker = puzzlePicker.Component;
export const PuzzleScreen = puzzleScreen.Component;

/** Where the app is: the small state router's vocabulary. */
export type Screen =
  | { name: 'home' }
  | { name: 'pages' }
  | { name: 'gallery' }
  | { name: 'gate' }
  | { name: 'settings' }
  | { name: 'who'; pageId: string | null }
  /** The feelings check-in, before a new picture (then drawing it) or after "done" (then home). */
  | { name: 'feelings'; moment: FeelingMoment; artworkId: string; pageId: string | null; childId: string | null }
  /** The time-lapse of a stored picture. */
  | { name: 'replay'; artworkId: string; pageId: string | null; childId: string | null; updatedAt: number }
  /** Choosing a puzzle's picture and pieces, then solving it. */
  | { name: 'puzzle-pick' }
  | { name: 'puzzle'; source: PuzzleSource; pieces: PieceCount }
  /** `fresh`: a picture just made, with nothing in storage to read. */
  | { name: 'draw'; artworkId: string; pageId: string | null; childId: string | null; fresh?: boolean };

type ScreenName = Screen['name'];

/** The code each screen needs. The adult area starts loading while the adult answers the gate. */
const SCREEN_CODE: Partial<Record<ScreenName, { preload(): Promise<void>; readonly ready: boolean }[]>> = {
  draw: [drawingScreen],
  pages: [pagePicker],
  gallery: [galleryScreen],
  replay: [replayScreen],
  'puzzle-pick': [puzzlePicker, puzzleScreen],
  puzzle: [puzzleScreen],
  gate: [adultGate, settingsScreen, childrenEditor, therapistSection, pageImport, hubSection],
  settings: [settingsScreen, childrenEditor, therapistSection, pageImport, hubSection],
};

/** Asked on every visit: loads what is missing, and lets a visit retry a chunk that failed before. */
export function preloadScreen(name: ScreenName): void {
  for (const code of SCREEN_CODE[name] ?? []) void code.preload().catch((error: unknown) => console.warn(`Screen ${name} not loaded`, error));
}

/** Whether the screen's code is all here, so it can show without waiting. */
export function screenReady(name: ScreenName): boolean {
  return (SCREEN_CODE[name] ?? []).every((code) => code.ready);
}

/** While the child looks at the home screen: the drawing screen first, then the other child screens. */
export function preloadChildScreens(): void {
  void drawingScreen
    .preload()
    .then(() => Promise.all([pagePicker.preload(), galleryScreen.preload(), adultGate.preload(), printSheets.preload()]))
    .catch((error: unknown) => console.warn('Screens not preloaded', error));
}
