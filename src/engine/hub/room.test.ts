import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS } from '../model/access';
import { ALL_TOOLS } from '../model/childSees';
import { SIZE_NAMES } from '../model/palette';
import { parseJoinRequest, parsePictureRecord, parsePlanDraft, parseRecordUpdate, parseSessionPlan, parseSyncAnswer, parseSyncRequest, type PlanDraft, type SessionPlan } from './room';

const draft = (): PlanDraft => ({
  language: 'ru',
  theme: 'animals',
  visiblePages: ['horse', 'camel'],
  stampGroups: null,
  feelingsCheckin: true,
  sees: { tools: [...ALL_TOOLS], paletteSize: 14, sizes: [...SIZE_NAMES], symmetry: true },
  defaultAccess: { ...DEFAULT_ACCESS },
  eventTitle: 'Волшебный мир профессий',
  children: [
    { id: 'aru', name: 'Ару', avatar: 'fox', color: 'pink', access: { ...DEFAULT_ACCESS, scan: 'two', scanStepMs: 2000 }, consent: 'venue' },
    { id: 'timur', name: 'Тимур', avatar: 'lion', color: 'blue', access: null, consent: 'none' },
  ],
});
const plan = (): SessionPlan => ({ version: 3, updatedAt: 1_765_000_000_000, ...draft() });
const json = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('the session plan', () => {
  it('reads back exactly what the laptop wrote, through JSON', () => {
    expect(parsePlanDraft(json(draft()))).toEqual({ ok: true, value: draft() });
    expect(parseSessionPlan(json(plan()))).toEqual({ ok: true, value: plan() });
  });

  it('is refused whole for any bad field, never mended: a damaged plan changes nothing on a tablet', () => {
    const spoil: [string, (p: Record<string, unknown>) => void][] = [
      ['language', (p) => (p.language = 'de')],
      ['theme', (p) => (p.theme = 'cars')],
      ['pages', (p) => (p.visiblePages = ['Horse'])],
      ['feelings', (p) => (p.feelingsCheckin = 'yes')],
      ['what a child sees', (p) => (p.sees = { tools: ['marker'], paletteSize: 7, sizes: ['small'], symmetry: true })],
      ['guests’ access (a field the lenient reader would quietly reset)', (p) => (p.defaultAccess = { ...DEFAULT_ACCESS, scanStepMs: 99 })],
      ['event title', (p) => (p.eventTitle = 'a\u0007b')],
      ['a child’s name', (p) => ((p.children as Record<string, unknown>[])[0]!.name = '  Ару  ')],
      ['a child’s consent', (p) => ((p.children as Record<string, unknown>[])[1]!.consent = 'maybe')],
      ['a child’s profile', (p) => ((p.children as Record<string, unknown>[])[0]!.access = { ...DEFAULT_ACCESS, scan: 'three' })],
      ['two children with one id', (p) => ((p.children as Record<string, unknown>[])[1]!.id = 'aru')],
      ['version', (p) => (p.version = 0)],
    ];
    for (const [what, change] of spoil) {
      const raw = json(plan()) as Record<string, unknown>;
      change(raw);
      expect(parseSessionPlan(raw).ok, what).toBe(false);
    }
  });
});

describe('the sync', () => {
  it('reads a tablet’s report and refuses a junk one', () => {
    const request = { planVersion: 2, wipedSession: null, status: { waiting: 1, sent: 4, drawingChildId: 'aru' } };
    expect(parseSyncRequest(json(request))).toEqual({ ok: true, value: request });
    expect(parseSyncRequest({ ...request, planVersion: -1 }).ok).toBe(false);
    expect(parseSyncRequest({ ...request, status: { ...request.status, drawingChildId: '<img>' } }).ok).toBe(false);
  });

  it('reads the hub’s answer with its plan, and refuses one whose plan is damaged', () => {
    const answer = { plan: plan(), endSession: { sessionId: 'session-2026-12-07' }, tabletName: 'Планшет 3' };
    expect(parseSyncAnswer(json(answer))).toEqual({ ok: true, value: answer });
    expect(parseSyncAnswer({ ...json(answer) as object, plan: { ...plan(), theme: 'cars' } }).ok).toBe(false);
    expect(parseSyncAnswer({ plan: null, endSession: null, tabletName: 'x'.repeat(31) }).ok).toBe(false);
  });
});

describe('joining by the room’s QR code', () => {
  it('takes the window’s secret and a label, and a previous tablet id only in its own form', () => {
    const secret = 'ab'.repeat(16);
    expect(parseJoinRequest({ secret, label: 'iPad' })).toEqual({ ok: true, value: { secret, label: 'iPad', previousTabletId: null } });
    expect(parseJoinRequest({ secret: 'abc', label: 'iPad' }).ok).toBe(false);
    expect(parseJoinRequest({ secret, label: 'iPad', previousTabletId: '../tablets' }).ok).toBe(false);
  });
});

describe('a picture’s record', () => {
  const record = {
    pageId: 'horse',
    timings: [
      { at: 1_765_000_000_000, ms: 1200 },
      { at: 1_765_000_002_000, ms: 800 },
    ],
    figures: { drawingMs: 2800, colours: ['#e53935'], tools: ['marker'], steps: 2, coverage: 0.12 },
    update: { revision: 1, feelings: { before: 'calm', after: null }, note: null },
  };

  it('reads what the tablet sends, and an update with a note', () => {
    expect(parsePictureRecord(json(record))).toEqual({ ok: true, value: record });
    const update = { revision: 2, feelings: { before: 'calm', after: 'happy' }, note: { text: 'Рисовал долго, спокойно.', updatedAt: 1_765_000_100_000 } };
    expect(parseRecordUpdate(json(update))).toEqual({ ok: true, value: update });
  });

  it('refuses figures out of range and a feeling that is not one of the six faces', () => {
    expect(parsePictureRecord({ ...record, figures: { ...record.figures, coverage: 1.5 } }).ok).toBe(false);
    expect(parsePictureRecord({ ...record, figures: { ...record.figures, tools: ['marker', 'marker'] } }).ok).toBe(false);
    expect(parsePictureRecord({ ...record, update: { ...record.update, feelings: { before: 'bored', after: null } } }).ok).toBe(false);
    expect(parsePictureRecord({ ...record, timings: [{ at: -1, ms: 1 }] }).ok).toBe(false);
  });
});
