// Who is speaking and about what: the side a clause is about (attacks on Ukraine, or Russia's claims
// about attacks on Russia), and the distractors that are not the night's national figures.
import type { Target } from '@/lib/domain';
import type { SkipReason } from './notes';
import { firstStartingAt } from './positions';
import { qualifierBefore } from './qualifiers';

const RU_SIDE =
  String.raw`ukraine (?:launched|fired|attacked|sent|has launched|had launched)|russia'?s? (?:ministry of defen[cs]e|defen[cs]e ministry|mod\b|air defen[cs]es?|military|army|authorities)|russian (?:defen[cs]e ministry|ministry of defen[cs]e|mod\b|air defen[cs]es?|air defen[cs]e)|russian (?:military|authorities|officials|army) (?:said|says|claimed|claims|reported)|defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|(?:the|its) ministry (?:said|says|added|reported|noted|claimed)|kremlin|(?:moscow|russia) (?:said|says|claimed|claims|reported)|ukrainian (?:drones|uavs|unmanned|fixed-wing|aircraft-type|attack drones|long-range|missiles|rockets)|(?<!\p{L})(?:over|at|against|into|on) russia\b|over (?:russian|the territory of russia|russian territory|russian regions)|kyiv regime|(?:міноборони|міністерств\p{L}* оборони) (?:рф|росії|країни-агресорки|країни-агресора|російської федерації)|(?:у|в) росії (?:заявили|повідомили|стверджують|відзвітували)|російськ\p{L}* (?:сторона|(?:військов\p{L}* )?відомств\p{L}*)|українськ\p{L}* (?:бпла|дрон\p{L}*|безпілотник\p{L}*|безпілотн\p{L}* літальн\p{L}*)|російськ\p{L}* міноборони|над територією росії`;

const UA_SIDE =
  String.raw`ukraine (?:said|says|reported)|ukraine'?s? (?:air force|air defen[cs]es?|military|armed forces)|ukrainian (?:air force|air defen[cs]es?|military|armed forces)|air force|повітрян\p{L}* сил\p{L}*|пс зсу|\benemy\b|противник|ворог|russia (?:launched|fired|attacked|sent|struck|hit|targeted|used|unleashed|pounded|has launched|had launched)|russian (?:drones|missiles|uavs|attack drones|forces launched|forces attacked|troops launched)|російськ\p{L}* (?:ударн\p{L}* )?(?:бпла|дрон\p{L}*|безпілотник\p{L}*|ракет\p{L}*|шахед\p{L}*)|(?<!\p{L})(?:at|on|against|over|across|into) ukraine\b|(?<![\p{L}])(?:на|по|проти)\s+(?:територі\p{L}*\s+)?україн(?:у|і|и)(?![\p{L}])|(?:сил\p{L}* )?(?:оборони|протиповітряної оборони|ппо) україни|(?:росія|рф|росіяни|окупанти|загарбники|(?:армія|війська|сили) (?:рф|росії)|російськ\p{L}* (?:війська|армія|окупанти|загарбники|військові))\s+(?:[\p{L}]+\s+){0,2}?(?:атакува|запусти|випусти|застосува|вдари|скерува|спрямува|використа)\p{L}*`;
const SIDE = new RegExp(`(${RU_SIDE})|(${UA_SIDE})`, 'gu');

export type SideCue = { start: number; end: number; side: Target };

// Every side cue contains one of these: a cheap test before the long patterns.
const SIDE_STEMS = ['russia', 'ukrain', 'defen', 'minist', 'mod', 'kremlin', 'moscow', 'kyiv', 'enemy', 'air force', 'росі', 'повітрян', 'зсу', 'противник', 'ворог', 'україн', 'міноборон', 'міністерств', 'рф'];

/** The words in a clause that say whose attack or whose claim it is, in order. */
export function findSideCues(clause: string): SideCue[] {
  const cues: SideCue[] = [];
  if (!SIDE_STEMS.some((stem) => clause.includes(stem))) return cues;
  for (const m of clause.matchAll(SIDE)) {
    cues.push({ start: m.index, end: m.index + m[0].length, side: m[1] !== undefined ? 'RU' : 'UA' });
  }
  return cues;
}

/**
 * The side a count at [start, end) belongs to: the nearest sign before its end ("Russia launched 70
 * drones …, and Russia said it downed 20 Ukrainian drones"), else the clause's first, else null.
 */
export function sideAt(cues: readonly SideCue[], end: number): Target | null {
  return cues[firstStartingAt(cues, end) - 1]?.side ?? cues[0]?.side ?? null;
}

// Speakers for one region or city: their figures are a share, not the national total.
const REGIONAL_SPEAKER =
  /governor|mayor|regional (?:military )?administration|city (?:military )?administration|oblast (?:military )?administration|regional authorities|regional officials|local authorities|local officials|regional head|head of the [\p{L}-]+ (?:region|oblast|city)|обласн\p{L}* (?:військов\p{L}* )?адміністрац\p{L}*|міськ\p{L}* (?:військов\p{L}* )?адміністрац\p{L}*|міськ\p{L}* голов\p{L}*|губернатор\p{L}*|начальник\p{L}* ова|(?<!\p{L})(?:кмва|ова|мва)(?!\p{L})|очільник\p{L}* (?:області|ова|кмва)|southern command|eastern command|(?:air command|повітрян\p{L}* командуванн\p{L}*) ["«]?(?:схід|південь|захід|центр|east|south|west|cent(?:re|er))|сил\p{L}* оборони півдня|(?:head|chief) of (?:kyiv|the kyiv)[\p{L}' ]{0,30}(?:military|administration)/u;

/** Whether a clause gives one region's or city's figures (a governor, a city administration). */
export function isRegionalClause(clause: string): boolean {
  return REGIONAL_SPEAKER.test(clause);
}

/** Why a whole clause is not about the national figures, or null. */
export function clauseDistractor(clause: string): SkipReason | null {
  if (REGIONAL_SPEAKER.test(clause)) return 'regional';
  if (/^[^\p{L}\p{N}]*(?:in|over|above)\s+(?:the\s+)?(?:city of\s+)?[\p{L}'-]+(?:\s+(?:region|oblast|province|district|city))?\s*,/u.test(clause)) {
    const place = /^[^\p{L}\p{N}]*(?:in|over|above)\s+(?:the\s+)?(?:city of\s+)?([\p{L}'-]+)(\s+(?:region|oblast|province|district|city))?/u.exec(clause);
    if (place && isPlace(place[1] ?? '', place[2] !== undefined)) return 'regional';
  }
  if (DEBRIS_COUNT.test(clause)) return 'debris';
  // "There, they shot down 66 drones": a place just named.
  if (/^[^\p{L}\p{N}]*(?:there|там)\s*,/u.test(clause)) return 'regional';
  return null;
}

// Debris counted: "debris of 3 drones", "уламки двох ракет" (a clause that merely mentions debris is read).
const DEBRIS_COUNT = /(?:debris|fragments|wreckage|уламк\p{L}*)(?:\s+(?:of|from|the|a|an|збит\p{L}*|з|із|від))*\s+\d/u;

// Periods and nights other than this one, comparisons with them, and sums over them.
// "з 20:00 вчора до 03:00 сьогодні", "from 6 p.m. yesterday", "вчора ввечері": the evening this night began.
const EVENING = String.raw`(?:ввечері|увечері|вечора|о ‹time›|з ‹time›|після ‹time›|evening|night|at ‹time›|from ‹time›)`;
const YESTERDAY_UK = String.raw`(?<!‹time›\s*)вчора(?!\s*${EVENING})`;
const YESTERDAY_EN = String.raw`(?<!‹time›\s*(?:p\.?m\.?\s*|a\.?m\.?\s*)?)yesterday(?!\s*${EVENING})`;
const OTHER_PERIOD = new RegExp(
  String.raw`previous|(?:an|the) earlier (?:attack|strike|wave|barrage|raid)|попередн\p{L}* (?:атак\p{L}*|удар\p{L}*|хвил\p{L}*)|the day before|a day earlier|days? earlier|the night before|the (?:preceding|prior) night|(?:last|past|this|that|previous|the whole) (?:week|month|year|weekend)|(?:over|during|across|throughout|on|at|for) the (?:whole |entire |long )?weekend|(?<![\p{L}])(?:на|протягом|упродовж|за|у|в) (?:ці |минулі |минулих |цих )?вихідн(?:і|их)(?![\p{L}])|over the (?:past|last) (?:\d+ )?(?:days|weeks|months|years|week|month|year)|in the (?:past|last) (?:\d+ )?(?:days|weeks|months|week|month)|since the (?:start|beginning)|since (?:the )?(?:full-scale|february|january|march|april|may|june|july|august|september|october|november|december)|so far (?:this|in)|in total (?:this|since)|(?:over|across|during|in|throughout|for) the (?:whole |entire |past |last )?(?:month|week|year)(?![\p{L}])(?: of)?|(?:in|during|throughout|for) (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! \d)|(?<![\p{L}])(?:у|в|протягом|за) (?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)(?![\p{L}])|from the (?:start|beginning)|on average|a day on average|per day|per night|(?:during|over|in) the (?:past|last|previous) (?:day|24 hours)|(?:за|протягом) (?:минулу |минулої |останню |останньої )?(?:добу|доби)|минулої доби|${YESTERDAY_EN}|earlier this|a week earlier|record of|(?:since|than|beating|surpassing|exceeding|topping|breaking) (?:the |a |its )?(?:previous )?record(?= \d)|up from|down from|compared (?:with|to)|versus|\bvs\b|weekly|monthly|тиждень|тижня|місяць|місяця|минулого (?:тижня|місяця|року)|попередньої ночі|попередню ніч|з початку|від початку|на початку (?:повномасштабн\p{L}*|війни|вторгнення|великої)|на (?:\p{L}+ )?рахунку|has already (?:downed|destroyed|shot down)|(?:bringing|brings|brought) (?:the|its|their) (?:total|tally)|tally|напередодні(?! ввечері| увечері)|${YESTERDAY_UK}`,
  'u',
);

/** Why the words around one count place it outside this night, or null. */
export function periodDistractor(window: string): SkipReason | null {
  // (The comparisons are taken out only where a period is named at all: most windows name none.)
  if (!OTHER_PERIOD.test(window)) return null;
  return OTHER_PERIOD.test(window.replace(SUPERLATIVE_OVER, ' ').replace(ORDINAL_IN_PERIOD, ' ')) ? 'otherPeriod' : null;
}

// "the third major attack on Odesa this week", "вже третя атака цього тижня": which attack tonight's is.
const ORDINAL_IN_PERIOD =
  /(?<![\p{L}\p{N}])(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|друг\p{L}*|трет\p{L}*|четверт\p{L}*|п'ят\p{L}*)(?:\s+[\p{L}-]+){0,4}?\s+(?:this|цього|за цей)\s+(?:week|month|year|тижня|місяця|року|тиждень|місяць|рік)(?![\p{L}])/gu;

// "Наймасованіша атака за останній місяць: майже 600 дронів", "the largest attack in the past month": the
// period is what tonight is compared with, not what its counts add up.
const SUPERLATIVE_OVER =
  /(?:(?<![\p{L}])най\p{L}+|largest|biggest|heaviest|most massive|most intense|worst)(?:\s+[\p{L}-]+){0,3}?\s+(?:за|in|over|of|for)\s+(?:the\s+)?(?:останн\p{L}*|past|last|recent)\s+(?:\d+\s+)?(?:місяць|місяці|місяців|тиждень|тижні|тижнів|рік|роки|months?|weeks?|years?)(?![\p{L}])/gu;

/** "more than 100 drones" is not 100: an approximate count is never recorded as a figure. */
export function isApproximate(before: string): boolean {
  return qualifierBefore(before) !== null;
}

// Places whose share is not the national figure. Cardinal directions ("in the north, east and south of
// the country") and the countries themselves are national.
const PLACES = new Set(
  (
    'kyiv kiev kharkiv odesa odessa lviv dnipro dnipropetrovsk zaporizhzhia zaporizhia sumy chernihiv poltava mykolaiv kherson donetsk luhansk ' +
    'zhytomyr vinnytsia khmelnytskyi khmelnytsky rivne volyn lutsk ternopil ivano-frankivsk chernivtsi zakarpattia uzhhorod cherkasy kirovohrad ' +
    'kropyvnytskyi kryvyi pavlohrad kremenchuk izmail bila capital crimea sevastopol moscow belgorod kursk bryansk voronezh rostov oryol orel ' +
    'tula kaluga smolensk tambov lipetsk krasnodar tver ryazan novgorod leningrad pskov saratov volgograd astrakhan penza nizhny tatarstan ' +
    'bashkortostan chechnya dagestan samara ulyanovsk yaroslavl vladimir ivanovo kostroma mordovia chuvashia kaliningrad azov black ' +
    'київ києва київщин\u0456 харків харкова одеса одеси львів львова дніпро дніпра черкас суми сум полтав миколаїв херсон житомир вінниц ' +
    // Their other cases: "15 – над Києвом", "над столицею", "у Харкові".
    'києвом києві харковом харкові одесою одесі львовом львові дніпром дніпрі запоріжжям запоріжжі столицею столиці миколаєвом сумами черніговом'
  ).split(/\s+/),
);
const NOT_PLACES = new Set([
  'north', 'south', 'east', 'west', 'centre', 'center', 'northern', 'southern', 'eastern', 'western', 'central',
  'country', 'ukraine', 'russia', 'russian', 'ukrainian', 'its', 'their', 'territory', 'sky', 'skies', 'airspace',
  'air', 'regions', 'direction', 'directions', 'areas', 'several', 'various', 'different', 'other', 'border',
  'frontline', 'front-line', 'occupied', 'many', 'all', 'eight', 'seven', 'six', 'five', 'four', 'three', 'two',
]);

function isPlace(word: string, withRegionNoun: boolean): boolean {
  const w = word.toLowerCase();
  if (NOT_PLACES.has(w)) return false;
  // "у Полтавській, Сумській … областях": an oblast's adjective.
  // …and a region's name in "-щина": "на Херсонщині", "над Київщиною".
  if (withRegionNoun || /(?:ськ|цьк|зьк)(?:ій|ої|ому|ого)$/u.test(w) || /щин(?:а|і|у|ою)$/u.test(w)) return true;
  return PLACES.has(w) || [...PLACES].some((p) => p.length >= 5 && w.startsWith(p));
}

const REGION_NOUN = '(?:region|oblast|province|district|city|krai|republic|област\\p{L}*)(?!\\p{L})';
const SHARE_AFTER = new RegExp(
  `^\\s*(?:[-–]\\s*)?(?:(?:were|was|have been|had been)\\s+)?(?:(?:shot down|downed|destroyed|intercepted|launched|збит\\p{L}*|збил\\p{L}*|знищен\\p{L}*|знищил\\p{L}*|знешкодж\\p{L}*|знешкодил\\p{L}*)\\s+)?(?:over|in|above|near|around|across|approaching|heading (?:to|for|towards)|targeting|над|у|в|на)\\s+(?:the\\s+)?(?:city of\\s+|skies over\\s+|(?:territory|waters|skies) of (?:the\\s+)?|територією\\s+|території\\s+|акваторією\\s+|акваторії\\s+)?(republic of (?:the\\s+)?|республіки\\s+)?([\\p{L}'-]+)(\\s+${REGION_NOUN})?(?:\\s*(?:,|and|та|і)\\s+(?:the\\s+)?([\\p{L}'-]+)(\\s+(?:${REGION_NOUN}|regions|oblasts))?)?`,
  'u',
);

/**
 * Whether the words right after a count phrase give one region's share ("12 drones over the Kyiv
 * region", "20 over Bryansk"). Several regions together ("over the Bryansk, Kursk and Belgorod
 * regions") are how Russia's ministry gives its total, so they are not a share; nor are "Russian
 * regions" or "the north, east and south".
 */
export function isRegionalShare(after: string): boolean {
  const m = SHARE_AFTER.exec(after);
  // "over the Republic of Adygea", "над територією Республіки Крим": a republic is a region.
  if (!m || !isPlace(m[2] ?? '', m[1] !== undefined || m[3] !== undefined)) return false;
  const next = m[4];
  return next === undefined || !isPlace(next, m[5] !== undefined);
}
