import { preloadable } from './preloadable';

// Screens load their code on demand. The drawing screen (Konva and the brushes) is preloaded once
// the home screen has painted, and the small screens after it, so a first tap never waits.
const drawingScreen = preloadable(() => import('../features/drawing/DrawingScreen').then((m) => m.DrawingScreen));
const pagePicker = preloadable(() => import('../features/colouring/PagePicker').then((m) => m.PagePicker));
const galleryScreen = preloadable(() => import('../features/gallery/GalleryScreen').then((m) => m.GalleryScreen));
const adultGate = preloadable(() => import('../features/adult/AdultGate').then((m) => m.AdultGate));
const settingsScreen = preloadable(() => import('../features/adult/SettingsScreen').then((m) => m.SettingsScreen));
const childrenEditor = preloadable(() => import('../features/children/ChildrenEditor').then((m) => m.ChildrenEditor));
export const DrawingScreen = drawingScreen.Component;
export const PagePicker = pagePicker.Component;
export const GalleryScreen = galleryScreen.Component;
export const AdultGate = adultGate.Component;
export const SettingsScreen = settingsScreen.Component;
export const ChildrenEditor = childrenEditor.Component;

/** Where the app is: the small state router's vocabulary. */
export type Screen =
  | { name: 'home' }
  | { name: 'pages' }
  | { name: 'gallery' }
  | { name: 'gate' }
  | { name: 'settings' }
  | { name: 'who'; pageId: string | null }
  /** `fresh`: a picture just made, with nothing in storage to read. */
  | { name: 'draw'; artworkId: string; pageId: string | null; childId: string | null; fresh?: boolean };

type ScreenName = Screen['name'];

/** The code each screen needs. The adult area starts loading while the adult answers the gate. */
const SCREEN_CODE: Partial<Record<ScreenName, { preload(): Promise<void> }[]>> = {
  draw: [drawingScreen],
  pages: [pagePicker],
  gallery: [galleryScreen],
  gate: [adultGate, settingsScreen, childrenEditor],
  settings: [settingsScreen, childrenEditor],
};

/** Asked on every visit: loads what is missing, and lets a visit retry a chunk that failed before. */
export function preloadScreen(name: ScreenName): void {
  for (const code of SCREEN_CODE[name] ?? []) void code.preload().catch((error: unknown) => console.warn(`Screen ${name} not loaded`, error));
}

/** While the child looks at the home screen: the drawing screen first, then the other child screens. */
export function preloadChildScreens(): void {
  void drawingScreen
    .preload()
    .then(() => Promise.all([pagePicker.preload(), galleryScreen.preload(), adultGate.preload()]))
    .catch((error: unknown) => console.warn('Screens not preloaded', error));
}
