// The words that name weapons in statements and news reports, each tied to a seed weapon's slug
// (lib/weapons-seed.ts). A phrase of several such words ("Iskander-M ballistic missiles", "Shahed-type
// attack drones and decoys") is resolved to one weapon in weapon-mentions.ts.
import type { Category } from '@/lib/domain';

/**
 * What a word contributes to a phrase: a named model (`specific`), a class without a model
 * (`class`: "cruise missiles"), the bare category (`generic`), an attack drone, a decoy, "of various
 * types", a reconnaissance drone, several models at once (`bundle`), a weapon missing from the seed
 * list (`unlisted`), or all air weapons together (`aggregate`: "air attack means").
 */
export type AtomRole =
  | 'specific'
  | 'class'
  | 'generic'
  | 'attack'
  | 'decoy'
  | 'various'
  | 'mixed'
  | 'recon'
  | 'bundle'
  | 'unlisted'
  | 'aggregate';

export type Atom = { slug: string; category: Category | null; role: AtomRole; source: string };

// Kh-, X- (Latin) and Х- (Cyrillic) are one prefix; so are S-, C- and С-.
const KH = '(?:kh|x|х)-?\\s?';
const S = '(?:s|c|с)-?';
const DRONE = '(?:drones?|uavs?|unmanned aerial vehicles?|unmanned aircraft)';
// The noun "ракета" in its cases; not the adjective "ракетний" ("зенітні ракетні війська" are troops).
const UK_MISSILE = '(?:ракет(?:а|и|у|ою|і|ам|ами|ах)?)';
// "3 балістичні, 19 крилатих ракет", "3 ballistic and 19 cruise missiles": the adjective alone before a list
// separator stands for the class's missiles.
const ELLIPTIC = '(?=\\s*(?:,|;|\\)|and|та|і|й)(?![\\p{L}]))';
const UK_DRONE = '(?:бпла|безпілотн\\p{L}* (?:літальн\\p{L}* )?апарат\\p{L}*|безпілотник\\p{L}*|дрон\\p{L}*)';

const atom = (slug: string, category: Category | null, role: AtomRole, source: string): Atom => ({
  slug,
  category,
  role,
  source,
});

// Order matters where one pattern is a prefix of another: the first that matches at a position wins.
export const ATOMS: Atom[] = [
  // All air weapons together: never assigned to one weapon.
  atom('', null, 'aggregate', `(?:air|aerial) (?:attack|strike) (?:means|vehicles|assets|weapons|targets)|(?:air|aerial) targets?|means of (?:air )?attack|air weapons|projectiles|засоб\\p{L}* повітряного нападу|повітрян\\p{L}* ціл\\p{L}*`),
  atom('', null, 'aggregate', `targets|ціл(?:ей|і)`),

  // Drones.
  atom('attack-and-decoy-drones', 'drone', 'mixed', `(?:attack|strike)(?: and |\\s?/\\s?)(?:decoy|imitator|imitation) ${DRONE}`),
  atom('decoy-drone', 'drone', 'decoy', `(?:decoys?|imitators?|imitation|dummy|simulators?)[\\s-]${DRONE}|${DRONE}[\\s-](?:imitators?|simulators?|decoys?)|decoys?|imitators?|gerberas?|parod(?:y|ies)|гербер\\p{L}*|пароді\\p{L}*|${UK_DRONE}-?імітатор\\p{L}*|імітатор\\p{L}*|імітаційн\\p{L}* ${UK_DRONE}|${UK_DRONE}-(?:паст(?:к|ок)|приман)\\p{L}*`),
  atom('', null, 'various', `(?:of )?(?:various|different|other|mixed|several) types(?: of ${DRONE})?|other ${DRONE}|(?:інших|різних) типів`),
  atom('reconnaissance-drone', 'drone', 'recon', `(?:reconnaissance|recon|surveillance)[\\s-]${DRONE}|orlan(?:-?\\d{1,2})?s?|zala|supercam|розвідувальн\\p{L}* ${UK_DRONE}|орлан\\p{L}*`),
  atom('shahed-136-131', 'drone', 'attack', `shahed(?:s|[- ]?136(?:\\s?/\\s?131)?|[- ]?131)?(?:-type)?|geran(?:-?[12])?s?|шахед\\p{L}*(?:[- ]?13[16](?:\\s?/\\s?13[16])?)?|геран\\p{L}*(?:-?[23])?|(?:attack|strike|kamikaze|one-way attack|one-way|explosive|suicide|loitering)[\\s-]${DRONE}|ударн\\p{L}* (?:${UK_DRONE}|апарат\\p{L}*)`),
  // Jet drones ("4-ма швидкісними (реактивними) дронами", "3 реактивні безпілотники", "jet-powered drones").
  atom('unknown-drone', 'drone', 'unlisted', `(?:jet-powered|jet|реактивн\\p{L}*|швидкісн\\p{L}*)(?:\\s*\\((?:jet|реактивн\\p{L}*)\\))?\\s+(?:${DRONE}|${UK_DRONE}|шахед\\p{L}*|shaheds?)`),
  atom('unknown-drone', 'drone', 'generic', `(?:fixed-wing|aircraft-type|airplane-type|aeroplane-type|long-range) ${DRONE}|loitering munitions?|${DRONE}|${UK_DRONE}`),

  // Missiles by model.
  atom('', 'missile', 'bundle', `(?:iskander|іскандер|искандер)-?(?:m|м)\\s?/\\s?(?:k|к)(?![\\p{L}])`),
  atom('iskander-k', 'missile', 'specific', `(?:iskander|іскандер|искандер)-?(?:k|к)(?![\\p{L}])`),
  atom('iskander-m-kn-23', 'missile', 'specific', `(?:iskander|іскандер|искандер)(?:-?(?:m|м))?(?:\\s?/\\s?kn-?23)?s?(?![\\p{L}])|kn-?23s?`),
  atom('kh-47m2-kinzhal', 'missile', 'specific', `${KH}47(?:m2|м2)?(?:\\s+kinzhals?)?|kinzhals?|кинджал\\p{L}*|кинжал\\p{L}*`),
  atom('kh-101-kh-555', 'missile', 'specific', `${KH}(?:101|555|55)(?:\\s?/\\s?(?:${KH})?(?:101|555|55))*s?(?![\\p{N}])`),
  atom('kh-59-kh-69', 'missile', 'specific', `${KH}(?:59|69)(?:mk2|мк2|m|м)?(?:\\s?/\\s?(?:${KH})?(?:59|69))?s?(?![\\p{N}])`),
  atom('kh-22-kh-32', 'missile', 'specific', `${KH}(?:22|32)(?:\\s?/\\s?(?:${KH})?(?:22|32))?s?(?![\\p{N}])`),
  atom('kh-31p', 'missile', 'specific', `${KH}31(?:pd|p|пд|п)?s?(?![\\p{N}])`),
  atom('kh-35', 'missile', 'specific', `${KH}35(?:u|у)?s?(?![\\p{N}])`),
  atom('kalibr', 'missile', 'specific', `kalibr(?:-nk)?s?|3m-?14|калібр\\p{L}*|калибр\\p{L}*`),
  atom('p-800-oniks', 'missile', 'specific', `(?:[pп]-?800\\s+)?(?:oniks|onyx(?:es)?)|[pп]-?800(?:\\s+(?:онікс|оникс)\\p{L}*)?|онікс\\p{L}*|оникс\\p{L}*`),
  atom('3m22-zircon', 'missile', 'specific', `(?:3m-?22\\s+)?(?:zircons?|tsirkons?)|3m-?22|циркон\\p{L}*`),
  atom('s-300-s-400', 'missile', 'specific', `${S}(?:300|400)(?:\\s?/\\s?(?:${S})?(?:300|400))?s?(?![\\p{N}])|(?:anti-aircraft|surface-to-air) (?:guided )?missiles?|зенітн\\p{L}* керован\\p{L}* ${UK_MISSILE}`),
  atom('guided-aerial-bomb', 'missile', 'specific', `guided (?:aerial |air )?bombs?|glide bombs?|kabs?|jdams?|gbus?|каб(?:и|ів|ами)?`),
  // Ukraine's weapons, named in Russia's claims: not in the seed list, recorded as an unknown missile.
  atom('unknown-missile', 'missile', 'unlisted', `atacms|storm shadows?|scalps?|neptun(?:-?md)?s?|neptunes|himars(?: rockets)?|vilkhas?|flamingos?|нептун\\p{L}*`),

  // Missiles by class or category only.
  atom('cruise-missile', 'missile', 'class', `cruise missiles?|крилат\\p{L}* ${UK_MISSILE}|cruise${ELLIPTIC}|крилат(?:і|их|ими|у|ою|а)${ELLIPTIC}`),
  atom('ballistic-missile', 'missile', 'class', `(?:aero)?ballistic missiles?|(?:аеро)?балістичн\\p{L}* ${UK_MISSILE}|(?:aero)?ballistic${ELLIPTIC}|(?:аеро)?балістичн(?:і|их|ими|у|ою|а)${ELLIPTIC}`),
  atom('unknown-missile', 'missile', 'generic', `(?:guided|anti-ship|air-launched|sea-launched|ship-launched) (?:air |aerial )?missiles?|missiles?|rockets?|${UK_MISSILE}`),
];
