import { type AccessProfile, parseAccessProfile } from '../model/access';
import { AVATARS, type AvatarId, cleanName, MAX_CHILDREN } from '../model/children';
import { ALL_TOOLS, type ChildSees, parseChildSees } from '../model/childSees';
import type { ToolId } from '../model/ops';
import { PALETTE, type ColorName } from '../model/palette';
import { type PictureFeelings, parsePictureFeelings, parseTherapistNote, type TherapistNote } from '../model/reflections';
import { LANGUAGES, type Language, THEMES, type ThemeId } from '../model/settings';
import { CATALOGUE_ID_PATTERN, type Fields, isCount, isId, isObject, isOneOf, isTime, type RecordCheck } from '../model/validation';

/**
 * The room: what the session hub and its tablets say to each other, beside the pictures. The hub
 * and the tablets read every message with these parsers (each side distrusts the other's bytes);
 * a message that fails is refused whole and changes nothing.
 */

/** What a family agreed to, per child: nothing leaves the room; the parent's page at the venue; also a link that works from home. */
export const CONSENTS = ['none', 'venue', 'home'] as const;
export type Consent = (typeof CONSENTS)[number];

export interface PlanChild {
  /** Made by the hub; kept for ever, so the next master class adds to the same record. */
  id: string;
  name: string;
  avatar: AvatarId;
  color: ColorName;
  /** How this child draws and chooses; null: the room's default. */
  access: AccessProfile | null;
  consent: Consent;
}

/** The session as the therapist set it on the laptop: what every tablet in the room applies. */
export interface SessionPlan {
  /** Given by the hub, one more at each save: a tablet applies a plan only if it is newer than the one it has. */
  version: number;
  updatedAt: number;
  language: Language;
  theme: ThemeId;
  /** The colouring pages children see; null: all of the theme's. */
  visiblePages: string[] | null;
  /** The stamp groups in the tray; null: all. */
  stampGroups: string[] | null;
  /** The feelings check-in; null: on when children are set up. */
  feelingsCheckin: boolean | null;
  /** What a child sees on the drawing screen unless their own profile says otherwise. */
  sees: ChildSees;
  /** How guests (and children without their own profile) draw and choose. */
  defaultAccess: AccessProfile;
  /** The event's caption on prints; null: the translated default. */
  eventTitle: string | null;
  children: PlanChild[];
}

/** The plan as the laptop's editor sends it: the hub adds the version and the time. */
export type PlanDraft = Omit<SessionPlan, 'version' | 'updatedAt'>;

export const EVENT_TITLE_MAX = 80;
const CATALOGUE_LIST_MAX = 100;

/** The plan as the editor sends it, whole or not at all: one bad field refuses the draft (nothing half-applied). */
export function parsePlanDraft(raw: unknown): RecordCheck<PlanDraft> {
  if (!isObject(raw)) return refuse('not a session plan');
  if (!isOneOf(LANGUAGES, raw.language)) return refuse('no valid language');
  if (!isOneOf(THEMES, raw.theme)) return refuse('no valid theme');
  const visiblePages = catalogueList(raw.visiblePages);
  const stampGroups = catalogueList(raw.stampGroups);
  if (visiblePages === undefined || stampGroups === undefined) return refuse('no valid list of pages or stamp groups');
  if (raw.feelingsCheckin !== null && typeof raw.feelingsCheckin !== 'boolean') return refuse('no valid feelings check-in');
  const sees = parseChildSees(raw.sees);
  if (!sees || !sameFields(sees, raw.sees)) return refuse('no valid choice of what a child sees');
  const defaultAccess = strictAccess(raw.defaultAccess);
  if (!defaultAccess) return refuse('no valid access profile for guests');
  const eventTitle = raw.eventTitle;
  if (eventTitle !== null && (typeof eventTitle !== 'string' || eventTitle.length > EVENT_TITLE_MAX || /\p{Cc}/u.test(eventTitle))) return refuse('no valid event title');
  const children = parsePlanChildren(raw.children);
  if (!children.ok) return children;
  return {
    ok: true,
    value: { language: raw.language, theme: raw.theme, visiblePages, stampGroups, feelingsCheckin: raw.feelingsCheckin, sees, defaultAccess, eventTitle, children: children.value },
  };
}

/** A plan as the hub sends it to a tablet (or keeps it on its disk). */
export function parseSessionPlan(raw: unknown): RecordCheck<SessionPlan> {
  if (!isObject(raw)) return refuse('not a session plan');
  if (!isCount(raw.version) || raw.version < 1) return refuse('no valid plan version');
  if (!isTime(raw.updatedAt)) return refuse('no valid plan date');
  const draft = parsePlanDraft(raw);
  return draft.ok ? { ok: true, value: { version: raw.version, updatedAt: raw.updatedAt, ...draft.value } } : draft;
}

function parsePlanChildren(raw: unknown): RecordCheck<PlanChild[]> {
  if (!Array.isArray(raw) || raw.length > MAX_CHILDREN) return refuse('no valid list of children');
  const seen = new Set<string>();
  const children: PlanChild[] = [];
  for (const entry of raw) {
    if (!isObject(entry)) return refuse('a child is not a record');
    const { id, name, avatar, color, consent } = entry;
    if (!isId(id) || seen.has(id)) return refuse('a child has no valid id, or the same as another');
    if (typeof name !== 'string' || name === '' || cleanName(name) !== name) return refuse('a child has no valid name');
    if (!isOneOf(AVATARS, avatar)) return refuse('a child has no valid avatar');
    if (!PALETTE.some((c) => c.name === color)) return refuse('a child has no valid colour');
    if (!isOneOf(CONSENTS, consent)) return refuse('a child has no valid consent');
    const access = entry.access === null ? null : strictAccess(entry.access);
    if (access === undefined) return refuse('a child has no valid access profile');
    seen.add(id);
    children.push({ id, name, avatar, color: color as ColorName, access, consent });
  }
  return { ok: true, value: children };
}

/** An access profile exactly as the editor makes it (the lenient reader would quietly mend a bad field). */
function strictAccess(raw: unknown): AccessProfile | undefined {
  if (!isObject(raw)) return undefined;
  const profile = parseAccessProfile(raw);
  if (raw.sees !== null && !(profile.sees && sameFields(profile.sees, raw.sees))) return undefined;
  const { sees: _sees, ...rest } = profile;
  return sameFields(rest, raw) ? profile : undefined;
}

/** Every field of `parsed` has the same value in `raw` (lists compared item by item). */
function sameFields(parsed: object, raw: unknown): boolean {
  if (!isObject(raw)) return false;
  return Object.entries(parsed).every(([key, value]) => JSON.stringify(value) === JSON.stringify(raw[key]));
}

function catalogueList(raw: unknown): string[] | null | undefined {
  if (raw === null) return null;
  return Array.isArray(raw) && raw.length <= CATALOGUE_LIST_MAX && raw.every((id) => typeof id === 'string' && CATALOGUE_ID_PATTERN.test(id)) ? [...(raw as string[])] : undefined;
}

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

// ——— The tablet's side of the conversation ———

/** What a tablet tells the hub about itself at each sync (shown on the laptop's /hub). */
export interface TabletStatus {
  /** Pictures, time-lapses and records not yet at the hub. */
  waiting: number;
  sent: number;
  /** The child drawing now (a plan child's id), or null (a guest, or nobody). */
  drawingChildId: string | null;
}

export interface SyncRequest {
  /** The plan version this tablet applied (0: none). */
  planVersion: number;
  /** The last session this tablet wiped at the hub's request. */
  wipedSession: string | null;
  status: TabletStatus;
}

export const SYNC_BODY_MAX_BYTES = 4096;
const SESSION_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function parseSyncRequest(raw: unknown): RecordCheck<SyncRequest> {
  if (!isObject(raw)) return refuse('not a sync request');
  const { planVersion, wipedSession, status } = raw;
  if (!isCount(planVersion)) return refuse('no valid plan version');
  if (wipedSession !== null && !(typeof wipedSession === 'string' && SESSION_ID.test(wipedSession))) return refuse('no valid session');
  if (!isObject(status) || !isCount(status.waiting) || !isCount(status.sent)) return refuse('no valid status');
  if (status.drawingChildId !== null && !isId(status.drawingChildId)) return refuse('no valid child drawing');
  return { ok: true, value: { planVersion, wipedSession, status: { waiting: status.waiting, sent: status.sent, drawingChildId: status.drawingChildId } } };
}

/** The hub's answer: what is newer than what the tablet has (both null: nothing changed). */
export interface SyncAnswer {
  plan: SessionPlan | null;
  /** The session ended on the laptop: wipe once everything is sent. */
  endSession: { sessionId: string } | null;
  /** The name the therapist gave this tablet ("Tablet 3"). */
  tabletName: string;
}

export const TABLET_NAME_MAX = 30;

export function parseSyncAnswer(raw: unknown): RecordCheck<SyncAnswer> {
  if (!isObject(raw)) return refuse('not a sync answer');
  const plan = raw.plan === null ? null : parseSessionPlan(raw.plan);
  if (plan && !plan.ok) return refuse(`the plan: ${plan.reason}`);
  const end = raw.endSession;
  if (end !== null && !(isObject(end) && typeof end.sessionId === 'string' && SESSION_ID.test(end.sessionId))) return refuse('no valid session end');
  const tabletName = raw.tabletName;
  if (typeof tabletName !== 'string' || tabletName.length > TABLET_NAME_MAX || cleanTabletName(tabletName) !== tabletName) return refuse('no valid tablet name');
  return { ok: true, value: { plan: plan ? plan.value : null, endSession: end ? { sessionId: (end as Fields).sessionId as string } : null, tabletName } };
}

export function cleanTabletName(name: string): string {
  return cleanName(name).slice(0, TABLET_NAME_MAX);
}

// ——— Joining the room by its QR code ———

/** The room's pairing window: its secret travels in the QR code (128 random bits, hex). */
export const JOIN_SECRET = /^[0-9a-f]{32,64}$/;

export interface JoinRequest {
  secret: string;
  /** What the tablet says it is ("iPad", "Android tablet"), for the therapist to recognise it. */
  label: string;
  /**
   * The id this tablet had before it was unpaired, if any: once the therapist accepts it again,
   * the hub may give it back, so the pictures it sent before stay its own.
   */
  previousTabletId: string | null;
}

const TABLET_ID = /^[0-9a-f-]{36}$/;

export function parseJoinRequest(raw: unknown): RecordCheck<JoinRequest> {
  if (!isObject(raw)) return refuse('not a join request');
  if (typeof raw.secret !== 'string' || !JOIN_SECRET.test(raw.secret)) return refuse('no valid room code');
  if (typeof raw.label !== 'string' || raw.label.length > TABLET_NAME_MAX || cleanTabletName(raw.label) !== raw.label) return refuse('no valid label');
  const previous = raw.previousTabletId ?? null;
  if (previous !== null && !(typeof previous === 'string' && TABLET_ID.test(previous))) return refuse('no valid previous tablet');
  return { ok: true, value: { secret: raw.secret, label: raw.label, previousTabletId: previous } };
}

// ——— A child's record beside each picture ———

/** The figures the therapist's timeline shows, as the tablet worked them out. */
export interface PictureFigures {
  /** Recomputed by the hub from `timings` (the engine's own drawingTimeMs); null: no timings. */
  drawingMs: number | null;
  colours: string[];
  tools: ToolId[];
  steps: number;
  /** Share of the page covered, 0–1. */
  coverage: number;
}

/** Each step's timing (when it began, how long it drew), for the minutes and the hub's time-lapse pacing. */
export interface StepTiming {
  at: number;
  ms: number;
}

/** A 2,000-step picture is the largest the bench measures; a record with more timings is refused. */
export const MAX_TIMINGS = 5000;
const MAX_COLOURS = 64;

/** What travels beside a picture for the therapist's view (a part of its own: the timings can be long). */
export interface PictureRecord {
  pageId: string | null;
  timings: StepTiming[];
  figures: PictureFigures;
  update: RecordUpdate;
}

export function parsePictureRecord(raw: unknown): RecordCheck<PictureRecord> {
  if (!isObject(raw)) return refuse('not a picture record');
  const pageId = raw.pageId ?? null;
  if (pageId !== null && !(typeof pageId === 'string' && CATALOGUE_ID_PATTERN.test(pageId))) return refuse('no valid page');
  const timings = parseStepTimings(raw.timings);
  if (!timings) return refuse('no valid timings');
  const figures = parseFigures(raw.figures);
  if (!figures) return refuse('no valid figures');
  const update = parseRecordUpdate(raw.update);
  if (!update.ok) return update;
  return { ok: true, value: { pageId, timings, figures, update: update.value } };
}

function parseStepTimings(raw: unknown): StepTiming[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_TIMINGS) return null;
  const timings: StepTiming[] = [];
  for (const t of raw) {
    if (!isObject(t) || !isTime(t.at) || !isCount(t.ms) || t.ms > 24 * 3600_000) return null;
    timings.push({ at: t.at, ms: t.ms });
  }
  return timings;
}

function parseFigures(raw: unknown): PictureFigures | null {
  if (!isObject(raw)) return null;
  const { drawingMs, colours, tools, steps, coverage } = raw;
  if (drawingMs !== null && !isCount(drawingMs)) return null;
  if (!Array.isArray(colours) || colours.length > MAX_COLOURS || !colours.every((c) => typeof c === 'string' && /^#[0-9a-f]{6}$/.test(c))) return null;
  if (!Array.isArray(tools) || !tools.every((t) => isOneOf(ALL_TOOLS, t)) || new Set(tools).size !== tools.length) return null;
  if (!isCount(steps) || typeof coverage !== 'number' || !(coverage >= 0 && coverage <= 1)) return null;
  return { drawingMs, colours: [...(colours as string[])], tools: [...(tools as ToolId[])], steps, coverage };
}

/** The record's changing part: sent with the picture and again whenever it changes. */
export interface RecordUpdate {
  /** One more at each change on the tablet: an older update never overwrites a newer one. */
  revision: number;
  feelings: PictureFeelings;
  note: TherapistNote | null;
}

export function parseRecordUpdate(raw: unknown): RecordCheck<RecordUpdate> {
  if (!isObject(raw)) return refuse('not a record');
  if (!isCount(raw.revision)) return refuse('no valid revision');
  const feelings = parsePictureFeelings(raw.feelings);
  if (!feelings.ok) return feelings;
  const note = raw.note === null ? null : parseTherapistNote(raw.note);
  if (note && !note.ok) return note;
  return { ok: true, value: { revision: raw.revision, feelings: feelings.value, note: note ? note.value : null } };
}
