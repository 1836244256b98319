import type { Child } from '../../engine/model/children';
import { colorHex } from '../../engine/model/palette';
import { AVATAR_ICONS } from '../../ui/icons';

/** A child's avatar on their own colour: recognisable without reading. */
export function ChildBadge({ child, size = 56 }: { child: Child; size?: number }) {
  return (
    <span className="child-badge" style={{ width: size, height: size, background: colorHex(child.color) }} aria-hidden="true">
      <img src={AVATAR_ICONS[child.avatar]} alt="" width={size * 0.72} height={size * 0.72} draggable={false} />
    </span>
  );
}
