// Finds weapon phrases in lower-cased text and resolves each to one seed weapon (or to "all air
// weapons", which is never assigned to a weapon).
//
// Rules, in the order they apply to one phrase:
// - words for every air weapon ("air attack means", "targets") or for both categories ("missiles
//   and drones") make an aggregate;
// - one named model wins over its class and category ("Iskander-M ballistic missiles" → Iskander-M);
// - several named models together are a bundle: the class's "type not given" weapon when they share
//   a class (Kh-101 and Kalibr → cruise missile) or the text names one ("ballistic missiles
//   Iskander-M/S-400"), else an unknown missile;
// - attack drones or bare drones together with decoys or "of various types" are the mixed weapon
//   (SPEC §1: "114 Shahed-type attack drones and decoys" is one row); decoys alone are decoys;
//   Shahed/Geran and "attack/strike/kamikaze drones" are Shahed-136/131; bare "drones" and "UAVs"
//   are Unknown drone, like bare "missiles" are Unknown missile.
import type { Category } from '@/lib/domain';
import { SEED_WEAPONS } from '@/lib/weapons-seed';
import { ATOMS, type Atom, type AtomRole } from './weapon-lexicon';

export type WeaponMention = {
  start: number;
  end: number;
  /** The seed weapon's slug; '' for an aggregate. */
  slug: string;
  category: Category | null;
  aggregate: boolean;
  /** "drones", "missiles" rather than "drone", "missile". */
  plural: boolean;
  /** Several models counted together, resolved to a class or an unknown missile. */
  bundle: boolean;
  /** A weapon the seed list lacks (e.g. ATACMS in Russia's claims), recorded as an unknown missile. */
  unlisted: boolean;
  text: string;
};

const ATOM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ATOMS.map((a) => `(${a.source})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

// Words that may sit between the parts of one weapon phrase.
const GLUE_WORD =
  /^(?:and|as|well|plus|of|type|types|-type|ballistic|cruise|aeroballistic|enemy|hostile|russian|ukrainian|iranian|iranian-made|iranian-designed|russian-made|north|korean|north-korean|korean-made|air-launched|sea-launched|sea-based|ship-launched|ground-launched|land-based|air-based|submarine-launched|strategic|high-precision|precision|guided|combat|unknown|new|modern|та|і|й|з|типу|ворож\p{L}*|російськ\p{L}*|українськ\p{L}*|керован\p{L}*|авіаційн\p{L}*|морськ\p{L}*)$/u;
const CONNECTOR = /(?:^|\s)(?:and|as well as|plus|та|і|й)(?:\s|$)|,|\//u;
// Ukrainian singular forms of a weapon's head noun ("ракети", "БпЛА" are plural as well, so not here).
const UK_SINGULAR = /(?<![\p{L}])(?:ракет(?:ою|у|а)|дрон(?:ом)?|безпілотник(?:ом)?)(?:\s+[\p{L}\p{N}"«»-]+)?$/u;

// Nouns after a weapon's name that make it an attribute of troops or equipment, not a weapon counted.
const UNIT_AFTER = /^[\s-]*(?:(?:missile|drone|rocket|uav)s?\s+)?(?:units?|troops|forces|crews?|operators?|regiments?|brigades?|battalions?|divisions?|squadrons?|batter(?:y|ies)|gunners|systems?|complex(?:es)?|launchers?|carriers?)(?![\p{L}])/u;

type Found = { atom: Atom; start: number; end: number; text: string };

// The clauses just read: a clause's counts and its outcomes both need its weapons, found once. (The
// mentions are never changed by their readers; each gets its own array.)
const recent = new Map<string, readonly WeaponMention[]>();
const RECENT_TEXTS = 8;

/** All weapon phrases in `text` (lower-cased, number words already turned into digits). */
export function findWeaponMentions(text: string): WeaponMention[] {
  let mentions = recent.get(text);
  if (!mentions) {
    mentions = scanWeaponMentions(text);
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, mentions);
  }
  return [...mentions];
}

function scanWeaponMentions(text: string): WeaponMention[] {
  const found: Found[] = [];
  ATOM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM_RE.exec(text)) !== null) {
    let index = 1;
    while (index < m.length && m[index] === undefined) index += 1;
    const atom = ATOMS[index - 1];
    // "anti-aircraft missile units", "drone operators", "Kalibr missile carriers": a weapon's name used of
    // those who fight it or of what carries it.
    const unit = atom !== undefined && atom.role !== 'aggregate' && UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (atom && !unit) found.push({ atom, start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) ATOM_RE.lastIndex += 1;
  }

  const mentions: WeaponMention[] = [];
  let phrase: Found[] = [];
  for (const item of found) {
    const previous = phrase[phrase.length - 1];
    const gap = previous ? text.slice(previous.end, item.start) : '';
    // "балістичною ракетою Іскандер-М, керованою авіаційною ракетою Х-59": after a named model, a comma
    // and a head noun of its own begin the next weapon.
    const nextHead = gap.includes(',') && (item.atom.role === 'generic' || item.atom.role === 'class') && phrase.some((f) => f.atom.role === 'specific');
    // "62 дронами та ракетою", "40 дронів, ракета влучила": a weapon of the other category in the singular
    // is one more weapon of its own, not "drones and missiles" counted together.
    const otherSingular = item.atom.category !== null && phrase.some((f) => f.atom.category !== null && f.atom.category !== item.atom.category) && UK_SINGULAR.test(item.text);
    // "п'ятьма балістичними ракетами Іскандер-М та ударними безпілотниками": after a named model or class,
    // "and" with the other category lists a second weapon; only bare "missiles and drones" count together.
    const otherAfterModel = item.atom.category !== null && CONNECTOR.test(gap) && phrase.some((f) => (f.atom.role === 'specific' || f.atom.role === 'class') && f.atom.category !== null && f.atom.category !== item.atom.category);
    if (previous && !nextHead && !otherSingular && !otherAfterModel && glues(gap)) {
      phrase.push(item);
    } else {
      if (phrase.length > 0) mentions.push(resolvePhrase(text, phrase));
      phrase = [item];
    }
  }
  if (phrase.length > 0) mentions.push(resolvePhrase(text, phrase));
  return mentions;
}

function glues(gap: string): boolean {
  if (gap.length > 40 || /\d/.test(gap)) return false;
  const words = gap.replace(/[,/"()]/g, ' ').replace(/\s-\s/g, ' ').trim();
  if (words === '') return true;
  const list = words.split(/\s+/);
  // "the" only in "of the" ("strike UAVs of the Shahed, Gerbera and other types").
  return list.every((word, i) => GLUE_WORD.test(word) || (word === 'the' && list[i - 1] === 'of'));
}

// Words between a count and its weapon: "66 enemy UAVs", "31 more drones", "3 of the missiles".
const COUNT_GLUE =
  /^(?:more|other|additional|further|of|type|-type|enemy|hostile|russian|(?:russian?|ukrainian|ukraine)-(?:launched|fired|sent)|russian-made|зкр|ballistic|cruise|aeroballistic|anti-ship|ukrainian|iranian|iranian-made|iran-made|iranian-designed|russian-made|north|korean|north-korean|korean-made|air-launched|sea-launched|sea-based|ship-launched|ground-launched|land-based|air-based|submarine-launched|strategic|high-precision|precision|guided|combat|unknown|new|modern|single|large|powerful|heavy|jet-powered|jet|і|з|із|ворож\p{L}*|російськ\p{L}*|українськ\p{L}*|керован\p{L}*|авіаційн\p{L}*|морськ\p{L}*|ще|detected|recorded|tracked|incoming|attacking|explosive-laden|so-called|hypersonic|long-range|протикорабельн\p{L}*|протирадіолокаційн\p{L}*|гіперзвуков\p{L}*|надзвуков\p{L}*|supersonic|стратегічн\p{L}*|запущен\p{L}*|випущен\p{L}*|виявлен\p{L}*|застосован\p{L}*|використан\p{L}*|ворогом|противником|росією|рф|окупантами|росіянами)$/u;

/** Whether the words between a count and a weapon phrase let the count name that weapon. */
export function gluesToCount(gap: string): boolean {
  if (gap.length > 40 || /\d/.test(gap)) return false;
  // "4-ма швидкісними (реактивними) дронами": words in brackets that could stand outside them.
  const words = gap.replace(/["']|\((?=[^()]*\))|(?<=\([^()]*)\)/gu, ' ').trim();
  if (words === '') return true;
  if (/[,;:()/]/.test(words)) return false;
  const list = words.split(/\s+/);
  return list.every((word, i) => COUNT_GLUE.test(word) || (word === 'the' && list[i - 1] === 'of'));
}

const SLUG_CLASS = new Map(SEED_WEAPONS.map((w) => [w.slug, w.weaponClass]));

function resolvePhrase(text: string, phrase: Found[]): WeaponMention {
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? 0;
  const mention = (slug: string, category: Category | null, bundle = false, unlisted = false): WeaponMention => ({
    start,
    end,
    slug,
    category,
    aggregate: category === null,
    plural: isPlural(last?.text ?? ''),
    bundle,
    unlisted,
    text: text.slice(start, end),
  });

  // The head noun decides the category ("missiles of various types" are missiles); "missiles and
  // drones" together, or any word for all air weapons, make an aggregate.
  let category: Category | null = null;
  let categories = 0;
  let aggregate = false;
  for (let i = phrase.length - 1; i >= 0; i -= 1) {
    const atom = phrase[i]?.atom;
    if (!atom) continue;
    if (atom.role === 'aggregate') aggregate = true;
    if (atom.category !== null && atom.category !== category) {
      if (category === null) category = atom.category;
      categories += 1;
    }
  }
  const connected = phrase.some((f, i) => i > 0 && CONNECTOR.test(text.slice(phrase[i - 1]?.end ?? 0, f.start)));
  if (aggregate || (categories > 1 && connected)) return mention('', null);
  const head: Category = category ?? 'drone';
  const roles = new Set<AtomRole>();
  const specific = new Set<string>();
  const classes = new Set<string>();
  for (const { atom } of phrase) {
    if (atom.category !== head && atom.category !== null) continue;
    roles.add(atom.role);
    if (atom.role === 'specific') specific.add(atom.slug);
    if (atom.role === 'class') classes.add(atom.slug);
  }
  const has = (role: AtomRole) => roles.has(role);

  if (head === 'drone') {
    if (has('mixed') || ((has('attack') || has('generic')) && (has('decoy') || has('various'))) || (has('various') && !has('recon'))) {
      return mention('attack-and-decoy-drones', head);
    }
    if (has('recon') && (has('attack') || has('decoy'))) return mention('unknown-drone', head, true);
    if (has('recon')) return mention('reconnaissance-drone', head);
    if (has('decoy')) return mention('decoy-drone', head);
    if (has('attack')) return mention('shahed-136-131', head);
    // Jet drones: not in the seed list, an unknown drone that is not the total of the others.
    if (has('unlisted')) return mention('unknown-drone', head, false, true);
    return mention('unknown-drone', head);
  }

  if (has('bundle')) return mention('unknown-missile', head, true);
  if (specific.size === 1) return mention([...specific][0] ?? 'unknown-missile', head);
  if (specific.size > 1) {
    // S-300/S-400 fired at the ground fly as ballistic missiles: the Air Force lists "С-400/Іскандер-М" as such.
    const shared = new Set([...specific].map((slug) => (slug === 's-300-s-400' ? 'ballistic' : SLUG_CLASS.get(slug))));
    const only = shared.size === 1 ? [...shared][0] : undefined;
    // "балістичні ракети Іскандер-М/С-400": models of different classes that the text calls one class
    // are that class's missiles, not every missile of the night.
    const named = classes.size === 1 ? [...classes][0] : undefined;
    const slug = only === 'cruise' ? 'cruise-missile' : only === 'ballistic' ? 'ballistic-missile' : (named ?? 'unknown-missile');
    return mention(slug, head, true);
  }
  if (has('unlisted')) return mention('unknown-missile', head, false, true);
  if (classes.size === 1) return mention([...classes][0] ?? 'unknown-missile', head);
  return mention('unknown-missile', head, classes.size > 1);
}

function isPlural(word: string): boolean {
  return /(?:drones|missiles|uavs|vehicles|decoys|imitators|shaheds|gerans|gerberas|bombs|rockets|kabs|jdams|kinzhals|kalibrs|zircons|tsirkons|onyxes|orlans|types|iskanders|kn-?23s|\d+s|ракети|ракет|ракетами|бпла|дрони|дронів|дронами|безпілотники|безпілотників)$/u.test(
    word,
  );
}
