import { describe, expect, it } from 'vitest';
import { Editor } from '../../engine/editor';
import type { ToolId } from '../../engine/model/ops';
import { colorHex, SIZES } from '../../engine/model/palette';
import { EditorDriver } from '../../test/editorDriver';
import { createNodeSurface } from '../../test/nodeCanvas';
import { commandForKey, drawingCommands, runCommand } from './commands';

function setup({ symmetry = true } = {}) {
  const editor = new Editor(createNodeSurface(), { nextSeed: () => 1 });
  const events: string[] = [];
  const commands = drawingCommands({
    editor,
    stampSizes: { small: 200, medium: 300, large: 500 },
    askToClear: () => events.push('ask to clear'),
    leave: (celebrate) => events.push(celebrate ? 'done' : 'home'),
    toolChosen: (tool: ToolId, previous: ToolId) => events.push(`chose ${tool} after ${previous}`),
    openSymmetry: () => events.push('open mirrors'),
    symmetryChosen: () => events.push('mirror chosen'),
    tools: ['marker', 'fill', 'stamp'],
    colours: ['red', 'blue'],
    sizes: ['small', 'large'],
    symmetry,
  });
  const run = (id: string) => runCommand(commands.get(id)!, { play: (sound) => events.push(`sound ${sound}`), say: (label) => events.push(`say ${label}`) });
  return { editor, commands, events, run, drive: new EditorDriver(editor) };
}

describe('the drawing command table', () => {
  it('holds a command for every control the child sees, named by its test id', () => {
    const { commands } = setup();
    expect([...commands.keys()]).toEqual(['home', 'undo', 'redo', 'clear', 'done', 'tool-marker', 'tool-fill', 'tool-stamp', 'symmetry', 'symmetry-off', 'symmetry-2', 'symmetry-4', 'symmetry-6', 'symmetry-8', 'color-red', 'color-blue', 'size-small', 'size-large']);
  });

  it('a child without the mirror button has no mirror commands at all (no key, scan step or dwell reaches one)', () => {
    const { commands } = setup({ symmetry: false });
    expect([...commands.keys()].filter((id) => id.startsWith('symmetry'))).toEqual([]);
    expect(commands.has('tool-marker')).toBe(true);
  });

  it('undo is not enabled with nothing to undo: no sound, nothing changes', () => {
    const { run, events, commands } = setup();
    expect(commands.get('undo')!.enabled()).toBe(false);
    expect(run('undo')).toBe(false);
    expect(events).toEqual([]);
  });

  it('undo and redo step back and forth, sounding once each time undo does something', () => {
    const { run, events, drive, commands } = setup();
    drive.line([200, 200], [900, 700]);
    expect(run('undo')).toBe(true);
    expect(drive.opKinds).toEqual([]);
    expect(commands.get('redo')!.enabled()).toBe(true);
    expect(run('redo')).toBe(true);
    expect(drive.opKinds).toEqual(['stroke']);
    expect(events).toEqual(['sound undo']);
  });

  it('choosing a tool sounds, says its name, and tells the screen what came before', () => {
    const { run, events, editor, commands } = setup();
    run('tool-stamp');
    expect(editor.tool).toBe('stamp');
    expect(commands.get('tool-stamp')!.chosen!()).toBe(true);
    expect(commands.get('tool-marker')!.chosen!()).toBe(false);
    expect(events).toEqual(['sound tool', 'say tools.stamp', 'chose stamp after marker']);
  });

  it('colours and sizes set the editor and report the current choice', () => {
    const { run, editor, commands } = setup();
    run('color-blue');
    expect(editor.color).toBe(colorHex('blue'));
    expect(commands.get('color-blue')!.chosen!()).toBe(true);
    run('size-large');
    expect(editor.size).toBe(SIZES.large);
    expect(editor.stampSize).toBe(500);
    expect(commands.get('size-small')!.chosen!()).toBe(false);
  });

  it('the mirror button opens the mirrors; a mirror sets the symmetry, says its name and shows as chosen', () => {
    const { run, events, editor, commands } = setup();
    expect(commands.get('symmetry')!.chosen!()).toBe(false);
    run('symmetry');
    run('symmetry-6');
    expect(editor.symmetry).toBe(6);
    expect(commands.get('symmetry-6')!.chosen!()).toBe(true);
    expect(commands.get('symmetry-off')!.chosen!()).toBe(false);
    expect(commands.get('symmetry')!.chosen!()).toBe(true);
    run('symmetry-off');
    expect(editor.symmetry).toBeNull();
    expect(events).toEqual(['sound tool', 'say symmetry.open', 'open mirrors', 'sound tool', 'say symmetry.6', 'mirror chosen', 'sound tool', 'say symmetry.off', 'mirror chosen']);
  });

  it('clear asks first; home and done leave, done with the celebration', () => {
    const { run, events } = setup();
    run('clear');
    run('home');
    run('done');
    expect(events).toEqual(['ask to clear', 'home', 'done']);
  });

  it('a picture open elsewhere (read-only) offers no undo or redo', () => {
    const { editor, drive, commands } = setup();
    drive.line([200, 200], [900, 700]);
    editor.readOnly = true;
    expect(commands.get('undo')!.enabled()).toBe(false);
    expect(commands.get('redo')!.enabled()).toBe(false);
  });

  it('keys: Ctrl or ⌘ with Z undoes, with Shift+Z or Y redoes; plain letters and Alt do nothing', () => {
    const { commands } = setup();
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
      commandForKey(commands, { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })?.id ?? null;
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
