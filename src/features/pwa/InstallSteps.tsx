/**
 * Pictures of the three steps to put the app on an iPad's Home Screen, drawn for this app (no
 * words in them, so they serve every language): Safari's Share button, the "Add to Home Screen"
 * row of the share sheet, the app's icon on the Home Screen. The step to take is ringed in blue.
 */
const RING = '#1d4ed8';
const LINE = '#6b5a48';

export function ShareButtonPicture() {
  return (
    <svg viewBox="0 0 120 80" width="120" height="80" aria-hidden="true">
      <rect x="4" y="44" width="112" height="30" rx="8" fill="#f2ede6" stroke={LINE} strokeWidth="2" />
      <path d="M20 59h10M25 54l-5 5 5 5" fill="none" stroke={LINE} strokeWidth="2.5" strokeLinecap="round" />
      <path d="M94 59h10M99 54l5 5-5 5" fill="none" stroke={LINE} strokeWidth="2.5" strokeLinecap="round" />
      <rect x="53" y="54" width="14" height="13" rx="2" fill="none" stroke={RING} strokeWidth="2.5" />
      <path d="M60 61V47M55 51l5-5 5 5" fill="none" stroke={RING} strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="60" cy="57" r="17" fill="none" stroke={RING} strokeWidth="3" />
    </svg>
  );
}

export function AddToHomeScreenPicture() {
  return (
    <svg viewBox="0 0 120 80" width="120" height="80" aria-hidden="true">
      <rect x="8" y="4" width="104" height="72" rx="10" fill="#ffffff" stroke={LINE} strokeWidth="2" />
      {[14, 54].map((y) => (
        <g key={y}>
          <rect x="16" y={y} width="60" height="6" rx="3" fill="#d8cdbf" />
          <rect x="92" y={y - 3} width="12" height="12" rx="3" fill="#d8cdbf" />
        </g>
      ))}
      <rect x="12" y="27" width="96" height="22" rx="6" fill="#e8efff" stroke={RING} strokeWidth="3" />
      <rect x="18" y="35" width="52" height="6" rx="3" fill={RING} />
      <rect x="88" y="31" width="14" height="14" rx="3" fill="none" stroke={RING} strokeWidth="2.5" />
      <path d="M95 34v8M91 38h8" stroke={RING} strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

export function HomeScreenIconPicture() {
  const others = [
    [18, 10],
    [50, 10],
    [82, 10],
    [18, 44],
    [82, 44],
  ];
  return (
    <svg viewBox="0 0 120 80" width="120" height="80" aria-hidden="true">
      {others.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="22" height="22" rx="6" fill="#d8cdbf" />
      ))}
      <rect x="47" y="41" width="28" height="28" rx="7" fill="#fff4e0" stroke={RING} strokeWidth="3" />
      <circle cx="56" cy="52" r="3" fill="#e53935" />
      <circle cx="64" cy="50" r="3" fill="#1e88e5" />
      <circle cx="67" cy="58" r="3" fill="#43a047" />
      <circle cx="57" cy="61" r="3" fill="#fdd835" />
    </svg>
  );
}
