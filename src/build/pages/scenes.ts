/**
 * Colouring-page scenes for "The Magical World of Professions": one per profession, a large
 * central figure from the MIT-licensed Fluent Emoji Flat set plus objects of the trade and a
 * simple ground. Composed and traced into line art by generatePages.ts at build time.
 */

export interface PageNames {
  en: string;
  ru: string;
  /** Kazakh (Cyrillic). */
  kk: string;
}

/** Where an object stands: on the ground beside the figure, or up in the sky corners. */
export type Slot = 'left' | 'right' | 'top-left' | 'top-right';

export interface SceneObject {
  /** Fluent Emoji Flat icon name. */
  icon: string;
  slot: Slot;
  /** Largest side of the icon's drawn content, in page px (defaults per slot). */
  size?: number;
  /** Mirror horizontally (e.g. to face the figure). */
  flip?: boolean;
  /** Nudge from the slot position, in page px. */
  dx?: number;
  dy?: number;
}

export interface Scene {
  /** Page id (English, kebab case); the picker card is `page-<id>`. */
  id: string;
  /** The session theme the page belongs to (default: professions). */
  theme?: 'professions' | 'animals';
  names: PageNames;
  /** Fluent Emoji Flat icon of the central figure (default skin tone). */
  figure: string;
  /** Height of the figure's drawn content in page px (default 1200). */
  figureSize?: number;
  /** Whole-body figures stand on the ground; busts rise from behind it (default). */
  figureStands?: boolean;
  objects: SceneObject[];
  /** Fill of the ground band (its colour only shows in the colour hint). */
  ground: string;
  /** Gentle hills (default) or a straight floor. */
  groundShape?: 'wave' | 'flat';
}

export const SCENES: readonly Scene[] = [
  {
    id: 'doctor',
    names: { en: 'Doctor', ru: 'Врач', kk: 'Дәрігер' },
    figure: 'health-worker',
    objects: [
      { icon: 'hospital', slot: 'left' },
      { icon: 'ambulance', slot: 'right' },
      { icon: 'stethoscope', slot: 'top-right' },
    ],
    ground: '#a5d98b',
  },
  {
    id: 'firefighter',
    names: { en: 'Firefighter', ru: 'Пожарный', kk: 'Өрт сөндіруші' },
    figure: 'firefighter',
    objects: [
      { icon: 'fire-engine', slot: 'left', size: 640 },
      { icon: 'fire-extinguisher', slot: 'right', size: 480 },
      { icon: 'rescue-workers-helmet', slot: 'top-right' },
    ],
    ground: '#c9c1b6',
    groundShape: 'flat',
  },
  {
    id: 'chef',
    names: { en: 'Chef', ru: 'Повар', kk: 'Аспаз' },
    figure: 'cook',
    objects: [
      { icon: 'bread', slot: 'left', size: 480 },
      { icon: 'birthday-cake', slot: 'right' },
      { icon: 'cooking', slot: 'top-left' },
    ],
    ground: '#f3d9a4',
    groundShape: 'flat',
  },
  {
    id: 'builder',
    names: { en: 'Builder', ru: 'Строитель', kk: 'Құрылысшы' },
    figure: 'construction-worker',
    objects: [
      { icon: 'house', slot: 'left', size: 560 },
      { icon: 'brick', slot: 'right', size: 420 },
      { icon: 'hammer', slot: 'top-right' },
    ],
    ground: '#d9b48a',
  },
  {
    id: 'teacher',
    names: { en: 'Teacher', ru: 'Учитель', kk: 'Мұғалім' },
    figure: 'teacher',
    objects: [
      { icon: 'backpack', slot: 'left', size: 480 },
      { icon: 'bell', slot: 'right', size: 440 },
      { icon: 'pencil', slot: 'top-left', size: 380 },
    ],
    ground: '#a5d98b',
  },
  {
    id: 'pilot',
    names: { en: 'Pilot', ru: 'Лётчик', kk: 'Ұшқыш' },
    figure: 'pilot',
    objects: [
      { icon: 'airplane', slot: 'top-right', size: 520 },
      { icon: 'cloud', slot: 'top-left', size: 380 },
      { icon: 'globe-showing-europe-africa', slot: 'left', size: 460 },
      { icon: 'luggage', slot: 'right', size: 480 },
    ],
    ground: '#a5d98b',
  },
  {
    id: 'astronaut',
    names: { en: 'Astronaut', ru: 'Космонавт', kk: 'Ғарышкер' },
    figure: 'astronaut',
    objects: [
      { icon: 'rocket', slot: 'left', size: 580 },
      { icon: 'ringed-planet', slot: 'top-right', size: 460 },
      { icon: 'satellite', slot: 'right', size: 460, dy: -120 },
    ],
    ground: '#d5d0dc',
  },
  {
    id: 'farmer',
    names: { en: 'Farmer', ru: 'Фермер', kk: 'Фермер' },
    figure: 'farmer',
    objects: [
      { icon: 'tractor', slot: 'left', size: 560 },
      { icon: 'cow', slot: 'right', size: 520, flip: true },
      { icon: 'carrot', slot: 'top-right', size: 380 },
    ],
    ground: '#a5d98b',
  },
  {
    id: 'police',
    names: { en: 'Police officer', ru: 'Полицейский', kk: 'Полицей' },
    figure: 'police-officer',
    objects: [
      { icon: 'police-car', slot: 'left', size: 560 },
      { icon: 'vertical-traffic-light', slot: 'right', size: 560 },
    ],
    ground: '#c9c1b6',
    groundShape: 'flat',
  },
  {
    id: 'artist',
    names: { en: 'Artist', ru: 'Художник', kk: 'Суретші' },
    figure: 'artist',
    objects: [
      { icon: 'framed-picture', slot: 'left', size: 500 },
      { icon: 'artist-palette', slot: 'right', size: 460 },
      { icon: 'paintbrush', slot: 'top-right', size: 400 },
    ],
    ground: '#a5d98b',
  },
  {
    id: 'singer',
    names: { en: 'Singer', ru: 'Певец', kk: 'Әнші' },
    figure: 'singer',
    objects: [
      { icon: 'guitar', slot: 'left', size: 560 },
      { icon: 'microphone', slot: 'right', size: 460, flip: true },
      { icon: 'musical-notes', slot: 'top-right', size: 420 },
    ],
    ground: '#e8c3e6',
    groundShape: 'flat',
  },
  {
    id: 'dancer',
    names: { en: 'Dancer', ru: 'Танцовщица', kk: 'Биші' },
    figure: 'woman-dancing',
    figureStands: true,
    objects: [
      { icon: 'ballet-shoes', slot: 'left', size: 460 },
      { icon: 'musical-note', slot: 'top-left', size: 360 },
      { icon: 'sparkles', slot: 'top-right', size: 380 },
    ],
    ground: '#e8c3e6',
    groundShape: 'flat',
  },
  {
    id: 'mechanic',
    names: { en: 'Mechanic', ru: 'Механик', kk: 'Механик' },
    figure: 'mechanic',
    objects: [
      { icon: 'automobile', slot: 'left', size: 560 },
      { icon: 'toolbox', slot: 'right', size: 460 },
      { icon: 'gear', slot: 'top-right', size: 380 },
    ],
    ground: '#c9c1b6',
    groundShape: 'flat',
  },
  {
    id: 'scientist',
    names: { en: 'Scientist', ru: 'Учёный', kk: 'Ғалым' },
    figure: 'scientist',
    objects: [
      { icon: 'microscope', slot: 'left', size: 520 },
      { icon: 'telescope', slot: 'right', size: 520 },
      { icon: 'test-tube', slot: 'top-right', size: 400 },
    ],
    ground: '#cfe3f2',
    groundShape: 'flat',
  },
  {
    id: 'programmer',
    names: { en: 'Programmer', ru: 'Программист', kk: 'Бағдарламашы' },
    figure: 'technologist',
    objects: [
      { icon: 'desktop-computer', slot: 'left', size: 540 },
      { icon: 'robot', slot: 'right', size: 480 },
      { icon: 'video-game', slot: 'top-right', size: 400 },
    ],
    ground: '#cfe3f2',
    groundShape: 'flat',
  },
  {
    id: 'magician',
    names: { en: 'Magician', ru: 'Волшебник', kk: 'Сиқыршы' },
    figure: 'person-mage',
    objects: [
      { icon: 'top-hat', slot: 'left', size: 440 },
      { icon: 'rabbit', slot: 'right', size: 460, flip: true },
      { icon: 'magic-wand', slot: 'top-left', size: 400 },
      { icon: 'crystal-ball', slot: 'top-right', size: 360 },
    ],
    ground: '#e8c3e6',
  },
  {
    id: 'detective',
    names: { en: 'Detective', ru: 'Сыщик', kk: 'Детектив' },
    figure: 'detective',
    objects: [
      { icon: 'footprints', slot: 'left', size: 420 },
      { icon: 'flashlight', slot: 'right', size: 440 },
      { icon: 'old-key', slot: 'top-right', size: 380 },
    ],
    ground: '#a5d98b',
  },
];

/**
 * "Nature and animals": animals of the steppe, the forest and the sea (the horse, the camel and
 * the eagle of Kazakhstan among them), with plants and sky around them.
 */
const ANIMALS: readonly Scene[] = [
  { id: 'horse', theme: 'animals', names: { en: 'Horse', ru: 'Лошадь', kk: 'Жылқы' }, figure: 'horse', figureStands: true, objects: [{ icon: 'tulip', slot: 'left' }, { icon: 'snow-capped-mountain', slot: 'top-right' }, { icon: 'sun', slot: 'top-left' }], ground: '#a5d98b' },
  { id: 'camel', theme: 'animals', names: { en: 'Camel', ru: 'Верблюд', kk: 'Түйе' }, figure: 'two-hump-camel', figureStands: true, objects: [{ icon: 'cactus', slot: 'right' }, { icon: 'sun', slot: 'top-left' }], ground: '#f2d49b', groundShape: 'wave' },
  { id: 'eagle', theme: 'animals', names: { en: 'Eagle', ru: 'Орёл', kk: 'Бүркіт' }, figure: 'eagle', figureStands: true, objects: [{ icon: 'snow-capped-mountain', slot: 'left' }, { icon: 'cloud', slot: 'top-right' }], ground: '#a5d98b' },
  { id: 'lion', theme: 'animals', names: { en: 'Lion', ru: 'Лев', kk: 'Арыстан' }, figure: 'lion', objects: [{ icon: 'palm-tree', slot: 'left' }, { icon: 'sun', slot: 'top-right' }], ground: '#f2d49b' },
  { id: 'elephant', theme: 'animals', names: { en: 'Elephant', ru: 'Слон', kk: 'Піл' }, figure: 'elephant', figureStands: true, objects: [{ icon: 'palm-tree', slot: 'right' }, { icon: 'cloud', slot: 'top-left' }], ground: '#a5d98b' },
  { id: 'giraffe', theme: 'animals', names: { en: 'Giraffe', ru: 'Жираф', kk: 'Керік' }, figure: 'giraffe', objects: [{ icon: 'deciduous-tree', slot: 'left' }, { icon: 'sun', slot: 'top-right' }], ground: '#a5d98b' },
  { id: 'bear', theme: 'animals', names: { en: 'Bear', ru: 'Медведь', kk: 'Аю' }, figure: 'bear', objects: [{ icon: 'evergreen-tree', slot: 'left' }, { icon: 'honey-pot', slot: 'right' }, { icon: 'crescent-moon', slot: 'top-right' }], ground: '#a5d98b' },
  { id: 'fox', theme: 'animals', names: { en: 'Fox', ru: 'Лиса', kk: 'Түлкі' }, figure: 'fox', objects: [{ icon: 'mushroom', slot: 'left' }, { icon: 'evergreen-tree', slot: 'right' }, { icon: 'maple-leaf', slot: 'top-left' }], ground: '#a5d98b' },
  { id: 'owl', theme: 'animals', names: { en: 'Owl', ru: 'Сова', kk: 'Үкі' }, figure: 'owl', objects: [{ icon: 'deciduous-tree', slot: 'right' }, { icon: 'crescent-moon', slot: 'top-left' }, { icon: 'star', slot: 'top-right' }], ground: '#a5d98b' },
  { id: 'rabbit', theme: 'animals', names: { en: 'Rabbit', ru: 'Заяц', kk: 'Қоян' }, figure: 'rabbit', figureStands: true, objects: [{ icon: 'carrot', slot: 'left' }, { icon: 'sunflower', slot: 'right' }, { icon: 'butterfly', slot: 'top-right' }], ground: '#a5d98b' },
  { id: 'turtle', theme: 'animals', names: { en: 'Turtle', ru: 'Черепаха', kk: 'Тасбақа' }, figure: 'turtle', figureStands: true, objects: [{ icon: 'water-wave', slot: 'left' }, { icon: 'fish', slot: 'top-right' }], ground: '#9fd3e6' },
  { id: 'penguin', theme: 'animals', names: { en: 'Penguin', ru: 'Пингвин', kk: 'Пингвин' }, figure: 'penguin', figureStands: true, objects: [{ icon: 'snowman', slot: 'left' }, { icon: 'snowflake', slot: 'top-right' }], ground: '#e3f2fd', groundShape: 'flat' },
];

/** Every page scene: the professions, then nature and animals. */
export const ALL_SCENES: readonly Scene[] = [...SCENES, ...ANIMALS];

/** Every Fluent Emoji Flat icon the scenes use (extracted from the icon set at build time). */
export function sceneIcons(scenes: readonly Scene[] = SCENES): string[] {
  return [...new Set(scenes.flatMap((s) => [s.figure, ...s.objects.map((o) => o.icon)]))].sort();
}
