/** What choosing a control that is not a button does (the picture): by a switch, or by resting a pointer there. */
export interface ChoiceTarget {
  /** The switch scan chose it. */
  chosen(): void;
  /** A dwell completed on it, at this point on screen. */
  rested(clientX: number, clientY: number): void;
}

/**
 * The controls that are not buttons, each with what choosing it does: the screen that shows one
 * registers it, switch scanning and dwell ask here instead of sending events through the page.
 */
export class ChoiceTargets {
  private readonly targets = new Map<Element, ChoiceTarget>();

  /** Until the returned function is called, choosing `element` runs `target`. */
  register(element: Element, target: ChoiceTarget): () => void {
    this.targets.set(element, target);
    return () => {
      if (this.targets.get(element) === target) this.targets.delete(element);
    };
  }

  /** The scan chose `element`; false when nothing is registered for it. */
  choose(element: Element): boolean {
    const target = this.targets.get(element);
    target?.chosen();
    return target !== undefined;
  }

  /** A dwell completed on `element`; false when nothing is registered for it. */
  rest(element: Element, clientX: number, clientY: number): boolean {
    const target = this.targets.get(element);
    target?.rested(clientX, clientY);
    return target !== undefined;
  }
}
