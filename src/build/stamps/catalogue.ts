/**
 * The stamp tray's catalogue: which Fluent Emoji Flat icons (MIT, © Microsoft) become stamps,
 * grouped by profession, with their names in English, Russian and Kazakh (screen readers read
 * them; many children cannot read). Build-time only: `generateStamps.ts` turns this into
 * `public/stamps/<id>.svg` and `src/features/stamps/stampCatalogue.generated.ts`.
 *
 * Chosen for children with special educational needs: friendly, everyday objects that read
 * clearly at thumbnail size. Nothing frightening — no needles, syringes, pills, blood, weapons,
 * handcuffs, flames on their own, or storms.
 */

export interface StampNames {
  readonly en: string;
  readonly ru: string;
  readonly kk: string;
}

/** The twelve professions of the master class, in the order the tray shows them. */
export const PROFESSION_GROUP_IDS = [
  'doctor',
  'firefighter',
  'chef',
  'builder',
  'teacher',
  'pilot',
  'astronaut',
  'farmer',
  'police',
  'artist',
  'singer',
  'dancer',
] as const;

export type ProfessionGroupId = (typeof PROFESSION_GROUP_IDS)[number];
/** Professions plus the "nature & fun" extras. */
export type StampGroupDefId = ProfessionGroupId | 'nature';

export interface StampGroupDef {
  readonly id: StampGroupDefId;
  readonly names: StampNames;
}

export interface StampDef {
  /** English kebab case; the tray's test id is `stamp-<id>`, the file `/stamps/<id>.svg`. */
  readonly id: string;
  /** Icon name in `@iconify-json/fluent-emoji-flat`. */
  readonly icon: string;
  readonly group: StampGroupDefId;
  readonly names: StampNames;
}

const n = (en: string, ru: string, kk: string): StampNames => ({ en, ru, kk });

interface GroupBlock {
  readonly id: StampGroupDefId;
  readonly names: StampNames;
  readonly stamps: readonly { readonly id: string; readonly icon: string; readonly names: StampNames }[];
}

const BLOCKS: readonly GroupBlock[] = [
  {
    id: 'doctor',
    names: n('Doctor', 'Врач', 'Дәрігер'),
    stamps: [
      { id: 'stethoscope', icon: 'stethoscope', names: n('Stethoscope', 'Стетоскоп', 'Стетоскоп') },
      { id: 'plaster', icon: 'adhesive-bandage', names: n('Plaster', 'Пластырь', 'Пластырь') },
      { id: 'thermometer', icon: 'thermometer', names: n('Thermometer', 'Градусник', 'Термометр') },
      { id: 'ambulance', icon: 'ambulance', names: n('Ambulance', 'Скорая помощь', 'Жедел жәрдем') },
    ],
  },
  {
    id: 'firefighter',
    names: n('Firefighter', 'Пожарный', 'Өрт сөндіруші'),
    stamps: [
      { id: 'fire-engine', icon: 'fire-engine', names: n('Fire engine', 'Пожарная машина', 'Өрт сөндіру көлігі') },
      {
        id: 'fire-extinguisher',
        icon: 'fire-extinguisher',
        names: n('Fire extinguisher', 'Огнетушитель', 'Өрт сөндіргіш'),
      },
      {
        id: 'firefighter-helmet',
        icon: 'rescue-workers-helmet',
        names: n('Firefighter’s helmet', 'Каска пожарного', 'Өрт сөндірушінің дулығасы'),
      },
    ],
  },
  {
    id: 'chef',
    names: n('Chef', 'Повар', 'Аспаз'),
    stamps: [
      { id: 'cook', icon: 'cook', names: n('Cook in a chef’s hat', 'Повар в колпаке', 'Қалпақты аспаз') },
      { id: 'soup-pot', icon: 'pot-of-food', names: n('Pot of soup', 'Кастрюля с супом', 'Қазандағы сорпа') },
      { id: 'cake', icon: 'birthday-cake', names: n('Birthday cake', 'Праздничный торт', 'Мерекелік торт') },
      { id: 'bread', icon: 'bread', names: n('Bread', 'Хлеб', 'Нан') },
    ],
  },
  {
    id: 'builder',
    names: n('Builder', 'Строитель', 'Құрылысшы'),
    stamps: [
      { id: 'hammer', icon: 'hammer', names: n('Hammer', 'Молоток', 'Балға') },
      { id: 'bricks', icon: 'brick', names: n('Bricks', 'Кирпичи', 'Кірпіштер') },
      { id: 'crane', icon: 'building-construction', names: n('Building crane', 'Строительный кран', 'Құрылыс краны') },
      { id: 'toolbox', icon: 'toolbox', names: n('Toolbox', 'Ящик с инструментами', 'Құрал-сайман жәшігі') },
    ],
  },
  {
    id: 'teacher',
    names: n('Teacher', 'Учитель', 'Мұғалім'),
    stamps: [
      { id: 'books', icon: 'books', names: n('Books', 'Книги', 'Кітаптар') },
      { id: 'pencil', icon: 'pencil', names: n('Pencil', 'Карандаш', 'Қарындаш') },
      { id: 'abacus', icon: 'abacus', names: n('Abacus', 'Счёты', 'Есепшот') },
      { id: 'school', icon: 'school', names: n('School', 'Школа', 'Мектеп') },
    ],
  },
  {
    id: 'pilot',
    names: n('Pilot', 'Лётчик', 'Ұшқыш'),
    stamps: [
      { id: 'airplane', icon: 'airplane', names: n('Airplane', 'Самолёт', 'Ұшақ') },
      { id: 'helicopter', icon: 'helicopter', names: n('Helicopter', 'Вертолёт', 'Тікұшақ') },
      { id: 'parachute', icon: 'parachute', names: n('Parachute', 'Парашют', 'Парашют') },
    ],
  },
  {
    id: 'astronaut',
    names: n('Astronaut', 'Космонавт', 'Ғарышкер'),
    stamps: [
      { id: 'rocket', icon: 'rocket', names: n('Rocket', 'Ракета', 'Зымыран') },
      { id: 'planet', icon: 'ringed-planet', names: n('Planet', 'Планета', 'Ғаламшар') },
      { id: 'satellite', icon: 'satellite', names: n('Satellite', 'Спутник', 'Жасанды серік') },
      { id: 'moon', icon: 'crescent-moon', names: n('Moon', 'Луна', 'Ай') },
    ],
  },
  {
    id: 'farmer',
    names: n('Farmer', 'Фермер', 'Фермер'),
    stamps: [
      { id: 'tractor', icon: 'tractor', names: n('Tractor', 'Трактор', 'Трактор') },
      { id: 'wheat', icon: 'sheaf-of-rice', names: n('Ears of wheat', 'Колоски', 'Бидай масағы') },
      { id: 'corn', icon: 'ear-of-corn', names: n('Corn', 'Кукуруза', 'Жүгері') },
      { id: 'cow', icon: 'cow-face', names: n('Cow', 'Корова', 'Сиыр') },
    ],
  },
  {
    id: 'police',
    names: n('Police officer', 'Полицейский', 'Полицей'),
    stamps: [
      { id: 'police-car', icon: 'police-car', names: n('Police car', 'Полицейская машина', 'Полиция көлігі') },
      { id: 'police-officer', icon: 'police-officer', names: n('Police officer', 'Полицейский', 'Полицей') },
      { id: 'police-dog', icon: 'dog-face', names: n('Police dog', 'Служебная собака', 'Қызметтік ит') },
    ],
  },
  {
    id: 'artist',
    names: n('Artist', 'Художник', 'Суретші'),
    stamps: [
      { id: 'palette', icon: 'artist-palette', names: n('Palette', 'Палитра', 'Бояу палитрасы') },
      { id: 'paintbrush', icon: 'paintbrush', names: n('Paintbrush', 'Кисточка', 'Қылқалам') },
      { id: 'crayon', icon: 'crayon', names: n('Crayon', 'Восковой мелок', 'Балауыз қарындаш') },
      { id: 'picture', icon: 'framed-picture', names: n('Picture', 'Картина', 'Сурет') },
    ],
  },
  {
    id: 'singer',
    names: n('Singer', 'Певец', 'Әнші'),
    stamps: [
      { id: 'microphone', icon: 'microphone', names: n('Microphone', 'Микрофон', 'Микрофон') },
      { id: 'musical-notes', icon: 'musical-notes', names: n('Musical notes', 'Ноты', 'Ноталар') },
      { id: 'guitar', icon: 'guitar', names: n('Guitar', 'Гитара', 'Гитара') },
    ],
  },
  {
    id: 'dancer',
    names: n('Dancer', 'Танцовщица', 'Биші'),
    stamps: [
      { id: 'ballet-shoes', icon: 'ballet-shoes', names: n('Ballet shoes', 'Пуанты', 'Балет аяқ киімі') },
      { id: 'dancing', icon: 'woman-dancing', names: n('Dancing', 'Танец', 'Би') },
      { id: 'disco-ball', icon: 'mirror-ball', names: n('Disco ball', 'Зеркальный шар', 'Айналы шар') },
    ],
  },
  {
    id: 'nature',
    names: n('Nature & fun', 'Природа и веселье', 'Табиғат пен қуаныш'),
    stamps: [
      { id: 'sun', icon: 'sun-with-face', names: n('Sun', 'Солнце', 'Күн') },
      { id: 'star', icon: 'star', names: n('Star', 'Звезда', 'Жұлдыз') },
      { id: 'heart', icon: 'red-heart', names: n('Heart', 'Сердце', 'Жүрек') },
      { id: 'flower', icon: 'blossom', names: n('Flower', 'Цветок', 'Гүл') },
      { id: 'tulip', icon: 'tulip', names: n('Tulip', 'Тюльпан', 'Қызғалдақ') },
      { id: 'tree', icon: 'deciduous-tree', names: n('Tree', 'Дерево', 'Ағаш') },
      { id: 'rainbow', icon: 'rainbow', names: n('Rainbow', 'Радуга', 'Кемпірқосақ') },
      { id: 'cloud', icon: 'cloud', names: n('Cloud', 'Облако', 'Бұлт') },
      { id: 'butterfly', icon: 'butterfly', names: n('Butterfly', 'Бабочка', 'Көбелек') },
      { id: 'apple', icon: 'red-apple', names: n('Apple', 'Яблоко', 'Алма') },
    ],
  },
];

export const STAMP_GROUP_DEFS: readonly StampGroupDef[] = BLOCKS.map(({ id, names }) => ({ id, names }));

export const STAMP_DEFS: readonly StampDef[] = BLOCKS.flatMap((block) =>
  block.stamps.map((s) => ({ id: s.id, icon: s.icon, group: block.id, names: s.names })),
);
