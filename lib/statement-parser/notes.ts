// What the parser tells the editor about its reading, as codes with values rather than sentences, so
// that the form says it in the reader's language (messages/*/statementFill.json, "notes" and "reasons").

/** Why a count, or a sentence with counts, was not used. */
export type SkipReason =
  | 'approximate'
  | 'regional'
  | 'casualties'
  | 'places'
  | 'notWeapons'
  | 'directions'
  | 'tooLarge'
  | 'otherPeriod'
  | 'noVerb'
  | 'unknownVerb'
  | 'through'
  | 'aggregate'
  | 'noWeapon'
  | 'unclearWeapon'
  | 'debris'
  | 'brackets'
  | 'fateUnknown';

/** What a count says; `combined` is the Air Force's one "shot down or suppressed" figure. */
export type NoteAction = 'launched' | 'shotDown' | 'lost' | 'combined';

/** A weapon a note names: its slug, so the form can show its name in the reader's language. */
export type NoteWeapon = { slug: string; name: string };

export type NoteCode =
  // What was read.
  | 'night'
  | 'read'
  | 'readAdded'
  | 'readPart'
  | 'wholeLaunched'
  | 'sumOfTypes'
  | 'partOfTotal'
  | 'allResolved'
  | 'joined'
  | 'combinedSplit'
  | 'neutralisedSplit'
  // What the editor should check.
  | 'futureDate'
  | 'conflict'
  | 'joinConflict'
  | 'lessThanTypes'
  | 'allWithoutLaunched'
  | 'allUnclear'
  | 'combinedConflict'
  | 'unread'
  | 'truncated'
  | 'unreadable';

/**
 * One note: its code, the values its message shows ({date}, {value}, {phrase}: counts, dates and the
 * text's own words), the weapons and actions it names, the reasons a sentence was left out, and whether
 * it is about Russia's claims.
 */
export type Note = {
  code: NoteCode;
  values?: Record<string, string | number>;
  weapons?: Record<string, NoteWeapon>;
  actions?: Record<string, NoteAction>;
  reasons?: SkipReason[];
  bundle?: boolean;
  unlisted?: boolean;
  claim?: boolean;
};

/** Reasons an editor need not check: they are never figures. */
export const BENIGN_REASONS: ReadonlySet<SkipReason> = new Set<SkipReason>(['places', 'casualties', 'through', 'aggregate', 'debris', 'brackets', 'directions']);
