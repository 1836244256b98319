import type { Feeling } from '../../engine/model/reflections';

/**
 * Six faces drawn for the app: one soft colour each and a shape that reads without the colour
 * (mouth, eyes, brows), big and plain so a child recognises a feeling at a glance.
 */
const INK = '#3b2f2f';

const FACE_COLOURS: Record<Feeling, string> = {
  happy: '#ffd54f',
  calm: '#a5d6a7',
  sad: '#90caf9',
  angry: '#f4a28c',
  scared: '#d1b3e0',
  tired: '#c5cdd3',
};

const line = { stroke: INK, strokeWidth: 5, strokeLinecap: 'round', strokeLinejoin: 'round', fill: 'none' } as const;

function Features({ feeling }: { feeling: Feeling }) {
  switch (feeling) {
    case 'happy':
      return (
        <>
          <ellipse cx="36" cy="40" rx="5" ry="7" fill={INK} />
          <ellipse cx="64" cy="40" rx="5" ry="7" fill={INK} />
          <circle cx="25" cy="58" r="6" fill="#f48fb1" opacity="0.7" />
          <circle cx="75" cy="58" r="6" fill="#f48fb1" opacity="0.7" />
          <path d="M28 58 Q50 84 72 58" {...line} />
        </>
      );
    case 'calm':
      return (
        <>
          <path d="M27 43 Q35 50 43 43" {...line} />
          <path d="M57 43 Q65 50 73 43" {...line} />
          <path d="M38 64 Q50 72 62 64" {...line} />
        </>
      );
    case 'sad':
      return (
        <>
          <path d="M26 32 L41 27" {...line} />
          <path d="M74 32 L59 27" {...line} />
          <circle cx="36" cy="43" r="5" fill={INK} />
          <circle cx="64" cy="43" r="5" fill={INK} />
          <path d="M64 52 Q59 60 64 63 Q69 60 64 52 Z" fill="#1e88e5" />
          <path d="M34 74 Q50 60 66 74" {...line} />
        </>
      );
    case 'angry':
      return (
        <>
          <path d="M25 30 L42 38" {...line} />
          <path d="M75 30 L58 38" {...line} />
          <circle cx="36" cy="46" r="5" fill={INK} />
          <circle cx="64" cy="46" r="5" fill={INK} />
          <path d="M34 72 Q50 62 66 72" {...line} />
        </>
      );
    case 'scared':
      return (
        <>
          <path d="M26 27 Q34 22 42 27" {...line} />
          <path d="M58 27 Q66 22 74 27" {...line} />
          <circle cx="35" cy="42" r="9" fill="#ffffff" stroke={INK} strokeWidth="3" />
          <circle cx="65" cy="42" r="9" fill="#ffffff" stroke={INK} strokeWidth="3" />
          <circle cx="35" cy="43" r="3.5" fill={INK} />
          <circle cx="65" cy="43" r="3.5" fill={INK} />
          <ellipse cx="50" cy="69" rx="8" ry="10" fill={INK} />
        </>
      );
    case 'tired':
      return (
        <>
          <path d="M27 45 Q35 40 43 45" {...line} />
          <path d="M57 45 Q65 40 73 45" {...line} />
          <path d="M29 46 L41 46 M59 46 L71 46" {...line} strokeWidth={3} />
          <ellipse cx="50" cy="68" rx="6" ry="5" fill={INK} />
          <text x="72" y="26" fontSize="16" fontWeight="700" fill={INK} fontFamily="sans-serif">
            z
          </text>
          <text x="82" y="16" fontSize="12" fontWeight="700" fill={INK} fontFamily="sans-serif">
            z
          </text>
        </>
      );
  }
}

/** A face; decorative (the control or text beside it carries the feeling's name). */
export function FeelingFace({ feeling, size }: { feeling: Feeling; size: number }) {
  return (
    <svg className="feeling-face" width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false" data-feeling={feeling}>
      <circle cx="50" cy="50" r="46" fill={FACE_COLOURS[feeling]} stroke={INK} strokeWidth="3" />
      <Features feeling={feeling} />
    </svg>
  );
}
