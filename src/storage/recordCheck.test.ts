import { describe, expect, it } from 'vitest';
import { disagreements } from './recordCheck';

describe('finding the junk in a stored record', () => {
  it('finds nothing in a clean record, nor in an older one that lacks newer fields', () => {
    expect(disagreements({ a: 1, b: 'x', list: ['p', 'q'] }, { a: 1, b: 'x', list: ['p', 'q'] })).toEqual([]);
    expect(disagreements({ a: 1 }, { a: 1, addedLater: true })).toEqual([]);
  });

  it('names each field that was replaced', () => {
    expect(disagreements({ a: 'one', b: 2, c: Number.NaN }, { a: 1, b: 2, c: 0 })).toEqual(['a', 'c']);
    expect(disagreements({ nested: { x: 'bad' } }, { nested: { x: 1 } })).toEqual(['nested.x']);
  });

  it('compares lists of names as sets, lists of records item by item', () => {
    expect(disagreements({ tools: ['fill', 'marker'] }, { tools: ['marker', 'fill'] })).toEqual([]);
    expect(disagreements({ tools: ['marker', 'laser'] }, { tools: ['marker'] })).toEqual(['tools']);
    expect(disagreements([{ id: 'a', name: 'Dana' }, { id: 'b', name: 7 }], [{ id: 'a', name: 'Dana' }])).toEqual(['the record']);
    expect(disagreements([{ id: 'a', avatar: 'dragon' }], [{ id: 'a', avatar: 'cat' }])).toEqual(['[0].avatar']);
  });

  it('treats a record of the wrong kind as junk as a whole', () => {
    expect(disagreements('settings?', { a: 1 })).toEqual(['the record']);
    expect(disagreements({ a: 1 }, [])).toEqual(['the record']);
    expect(disagreements(null, { a: 1 })).toEqual(['the record']);
  });
});
