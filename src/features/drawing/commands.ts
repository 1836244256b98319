import type { Editor } from '../../engine/editor';
import type { ToolId } from '../../engine/model/ops';
import { SYMMETRIES } from '../../engine/geometry/symmetry';
import { colorHex, type ColorName, SIZES, type SizeName } from '../../engine/model/palette';
import type { MessageKey } from '../i18n/messages';
import type { SoundName } from '../sound/sound';
import { TOOLS } from './toolCatalogue';

/**
 * One thing a child can do on the drawing screen. Buttons, keys, switch scanning, dwell and tests
 * all go through `runCommand`, so each sounds, speaks and checks `enabled` the same way.
 */
export interface Command {
  /** Also the data-testid of its button, e.g. `undo`, `tool-fill`, `color-red`, `size-large`. */
  readonly id: string;
  readonly label: MessageKey;
  /** Played when the command did something. */
  readonly sound: SoundName | null;
  /** Choices (a tool, a colour) are said aloud; actions only sound. */
  readonly speaks: boolean;
  /** Keys that run it (`mod` is Ctrl, or ⌘ on Apple keyboards). */
  readonly keys?: readonly string[];
  enabled(): boolean;
  /** For a choice: whether it is the current one. */
  chosen?(): boolean;
  /** Returns false when it changed nothing (nothing left to undo): then no sound plays. */
  perform(): boolean | void;
}

export interface DrawingCommandContext {
  editor: Editor;
  /** Stamp widths in document pixels for each brush size. */
  stampSizes: Readonly<Record<SizeName, number>>;
  /** The clear command asks first; the dialog's "yes" clears. */
  askToClear(): void;
  leave(celebrate: boolean): void;
  /** After a tool is chosen: the stamp tool opens its tray. */
  toolChosen(tool: ToolId, previous: ToolId): void;
  /** The mirror button opens the tray of symmetries; choosing one closes it. */
  openSymmetry(): void;
  symmetryChosen(): void;
  /** The colours, sizes and tools this child sees, and whether the mirror button. */
  colours: readonly ColorName[];
  sizes: readonly SizeName[];
  tools: readonly ToolId[];
  symmetry: boolean;
}

export type CommandTable = ReadonlyMap<string, Command>;

export function drawingCommands(ctx: DrawingCommandContext): CommandTable {
  const { editor } = ctx;
  const writable = () => !editor.readOnly;
  const commands: Command[] = [
    { id: 'home', label: 'actions.home', sound: null, speaks: false, enabled: () => true, perform: () => ctx.leave(false) },
    { id: 'undo', label: 'actions.undo', sound: 'undo', speaks: false, keys: ['mod+z'], enabled: () => writable() && editor.canUndo, perform: () => editor.undo() },
    { id: 'redo', label: 'actions.redo', sound: null, speaks: false, keys: ['mod+shift+z', 'mod+y'], enabled: () => writable() && editor.canRedo, perform: () => editor.redo() },
    { id: 'clear', label: 'actions.clear', sound: null, speaks: false, enabled: () => true, perform: () => ctx.askToClear() },
    { id: 'done', label: 'actions.done', sound: null, speaks: false, enabled: () => true, perform: () => ctx.leave(true) },
    ...TOOLS.filter((tool) => ctx.tools.includes(tool.id)).map(
      (tool): Command => ({
        id: `tool-${tool.id}`,
        label: tool.label,
        sound: 'tool',
        speaks: true,
        enabled: () => true,
        chosen: () => editor.tool === tool.id,
        perform: () => {
          const previous = editor.tool;
          editor.setTool(tool.id);
          ctx.toolChosen(tool.id, previous);
        },
      }),
    ),
    ...(ctx.symmetry ? symmetryCommands(ctx) : []),
    ...ctx.colours.map(
      (name): Command => ({
        id: `color-${name}`,
        label: `colors.${name}`,
        sound: 'color',
        speaks: true,
        enabled: () => true,
        chosen: () => editor.color === colorHex(name),
        perform: () => editor.setColor(colorHex(name)),
      }),
    ),
    ...ctx.sizes.map(
      (name): Command => ({
        id: `size-${name}`,
        label: `sizes.${name}`,
        sound: null,
        speaks: false,
        enabled: () => true,
        chosen: () => editor.size === SIZES[name],
        perform: () => editor.setSize(SIZES[name], ctx.stampSizes[name]),
      }),
    ),
  ];
  return new Map(commands.map((command) => [command.id, command]));
}

/** The mirror button, which opens the tray, and one command per symmetry in it. */
function symmetryCommands(ctx: DrawingCommandContext): Command[] {
  const { editor } = ctx;
  return [
    { id: 'symmetry', label: 'symmetry.open', sound: 'tool', speaks: true, enabled: () => true, chosen: () => editor.symmetry !== null, perform: () => ctx.openSymmetry() },
    ...([null, ...SYMMETRIES] as const).map(
      (symmetry): Command => ({
        id: `symmetry-${symmetry ?? 'off'}`,
        label: `symmetry.${symmetry ?? 'off'}`,
        sound: 'tool',
        speaks: true,
        enabled: () => true,
        chosen: () => editor.symmetry === symmetry,
        perform: () => {
          editor.setSymmetry(symmetry);
          ctx.symmetryChosen();
        },
      }),
    ),
  ];
}

export interface CommandEffects {
  play(sound: SoundName): void;
  say(label: MessageKey): void;
}

/** Runs a command the way every input does; false when it is not enabled or changed nothing. */
export function runCommand(command: Command, effects: CommandEffects): boolean {
  if (!command.enabled()) return false;
  // A choice is heard as it is made; an action sounds only once it did something.
  if (command.speaks) {
    if (command.sound) effects.play(command.sound);
    effects.say(command.label);
  }
  const done = command.perform() !== false;
  if (done && !command.speaks && command.sound) effects.play(command.sound);
  return done;
}

/** The command a key press runs, if any (`mod` matches Ctrl, or ⌘ on Apple keyboards). */
export function commandForKey(table: CommandTable, key: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): Command | null {
  if (key.altKey) return null;
  const name = [key.ctrlKey || key.metaKey ? 'mod' : '', key.shiftKey ? 'shift' : '', key.key.toLowerCase()].filter(Boolean).join('+');
  for (const command of table.values()) if (command.keys?.includes(name)) return command;
  return null;
}
