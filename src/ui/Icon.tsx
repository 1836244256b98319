/** A decorative picture; the button around it carries the name. */
export function Icon({ src, size = 56 }: { src: string; size?: number }) {
  return <img className="icon" src={src} alt="" aria-hidden="true" width={size} height={size} draggable={false} />;
}
