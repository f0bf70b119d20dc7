// Night outcomes beyond interceptions (SPEC §1): hits by category, places hit, places where debris fell,
// and how many of the drones were Shaheds, each with its qualifier. Rule tables, one clause at a time:
// a count is an outcome only beside the cue words of its kind and the nouns that name what it counts.
import type { Category, NightOutcomeField, Qualifier } from '@/lib/domain';
import { periodDistractor } from './context';
import { findCues } from './cues';
import { firstStartingAt } from './positions';
import { qualifierBefore } from './qualifiers';
import { findWeaponMentions } from './weapon-mentions';

/** One outcome read from a clause; `category` is null for hits that name no weapon ("13 влучань"). */
export type OutcomeReading = {
  field: NightOutcomeField | 'hits';
  value: number;
  qualifier: Qualifier | null;
  category: Category | null;
};

// Nouns for places: locations, sites, settlements, objects; never regions or oblasts ("10 other regions
// were struck" is not a count of places).
const PLACE = String.raw`(?:different |separate |other |more |additional |further |різних |інших )?(?:locations?|sites?|places|spots|локаці\p{L}*|місц\p{L}*|населених пунктах|об'єктах|територіях)`;
// Words that say a place was hit, or that debris fell there.
// ("засоби ураження" are the weapons themselves, not hits.)
const HIT_CUE = /(?<![\p{L}])(?:hits?|hitting|striking|struck|impacted|strikes? (?:were|was) recorded|(?:drone|missile|uav)s? strikes|strikes? (?:by|of|from)|impacts?|влучан\p{L}*|влучен\p{L}*|влучи(?:л\p{L}*|в)|прильот\p{L}*|(?<!засоб\p{L}*\s)уражен\p{L}*|(?:у|в)разил\p{L}*|(?:у|в)разив|(?<=(?:\d|drones|uavs|missiles|shaheds|бпла|дрон\p{L}*|безпілотник\p{L}*|ракет\p{L}*|шахед\p{L}*)\s)(?:reached (?:their |the |its )?targets?|досягл\p{L}* (?:своїх |своєї )?(?:цілей|цілі|мети)))(?![\p{L}])/gu;
const DEBRIS_CUE = /(?<![\p{L}])(?:debris|fragments|wreckage|fall(?:ing)? of (?:the )?downed|уламк\p{L}*|падіння збитих|впали)(?![\p{L}])/gu;
// A hits noun right after a count: "13 влучань", "26 hits".
// ("one hit and debris fall reported": the singular after one.)
const HITS_NOUN_AFTER = /^\s*(?:hits|strikes|влучан\p{L}*|влучен\p{L}*)(?![\p{L}])|^\s*hit\s+(?:and|was|has|had|is)(?![\p{L}])/u;
// "26 drone hits", "2 missile strikes": a weapon's name, then the hits noun.
const HITS_AFTER_WEAPON = /^\s*(?:(?:attack|strike|combat|enemy)\s+)?(drone|uav|missile)s?\s+(?:hits|strikes|impacts)(?![\p{L}])/u;
const TYPE_LIST_AFTER = /^["'»”]*\s*(?:,|та|і|й|and|or|\/)\s*["'«“]*(?:гербер|gerber|італмас|italmas|дрон|drones|безпілотник|uavs|імітатор|decoy|інш|other|різн|various)/u;
const SHAHED = /(?<![\p{L}])(?:shahed\p{L}*|шахед\p{L}*|geran\p{L}*|герань)/u;
// Between "about 80" and "Shaheds": "of them were", "із них –", "з цих безпілотників були".
const SHAHED_GAP = /^[\s"']*(?:(?:of|з|із)\s+(?:them|these|which|the drones|the uavs|them|них|яких|цих|безпілотників|дронів)[\p{L}\s]{0,25}?)?(?:[\p{L}\s]{0,24}?)(?:\s+-\s*|\s*[:–]\s*|\s+(?:were|are|був|були|була|є|становил\p{L}*|складал\p{L}*|склали)\s+)(?:[\p{L}\s]{0,30}?(?:типу\s+|type\s+)?)?["']*$/u;

// "85 drones, 50 of them Shaheds": "of them" followed by the name, nothing between.
const SHAHED_OF = /^[\s"']*(?:of|з|із)\s+(?:them|these|which|них|яких)\s*(?:[-:–]\s*|(?:were|are|був|були|була|є)\s+)?(?:[\p{L}-]+\s+){0,2}?["']*$/u;
// "27 hit targets", "ще 5 влучили": hits counted without a weapon named.
const HIT_AFTER_BARE = /^\s*(?:more\s+|others?\s+|of them\s+|з них\s+)?(?:(?:hit|hitting|struck|striking|reached)\s+(?:their\s+|the\s+)?(?:targets?|objects?)(?![\p{L}])|(?:hit|hitting|struck|striking)\s+(?=\d+\s+(?:\p{L}+\s+)?(?:locations|sites|places)))|^\s*(?:з них\s+)?(?:влучи(?:л\p{L}*|в)|досягл\p{L}* (?:своїх |своєї )?(?:цілей|цілі|мети))(?![\p{L}])/u;

// "including 130 Shahed-type UAVs": a part of the launched drones named as Shaheds.
const INCLUDING = /(?<![\p{L}])(?:including|among them|among which|зокрема|у тому числі|в тому числі|серед них|серед яких)\s*(?:,\s*(?:ворог|противник|росія|росіяни|окупанти)\s+(?:[\p{L}]+\s+){1,3})?(?:(?:about|around|approximately|roughly|some|almost|nearly|over|more than|up to|at least|близько|понад|майже|приблизно|щонайменше|до)\s*)?$/u;
// "з них близько 60 шахедів", "of them about 60 Shaheds": the same, unless a verb follows the name ("з них
// 80 шахедів збито" counts what was shot down, not what the drones were).
const OF_THEM_LEAD = /(?<![\p{L}])(?:of them|of which|з них|із них|з яких|із яких)\s*(?:(?:about|around|approximately|roughly|some|almost|nearly|over|more than|up to|at least|близько|понад|майже|приблизно|щонайменше|до)\s*)?$/u;
const VERB_AFTER_NAME = /^[^.,;:]*?(?<![\p{L}])(?:збит|знищен|знешкодж|подавлен|втрачен|shot|downed|destroyed|intercepted|neutrali|lost|suppressed)/u;
const SHAHED_AFTER_PART = /^[\s"']*(?:[\p{L}-]+\s+){0,3}(?:типу\s+|type\s+)?["']*$/u;

const NUMBER = /(?<![\p{L}\p{N}_.,:/-])\d{1,6}(?![\p{N}]|[.,:]\d|-?\p{L})/gu;

// "36 drones and the missile struck", "Nine attack UAVs were recorded hitting": the hit verb after the weapons.
// "14 missiles and 23 drones struck": the hit verb closes the list of counts, within one clause.
// …or "reached their targets", "досягли цілей" right after the weapon ("before they reached" is no hit).
// "Two ballistic missiles, as well as 19 combat UAVs, were recorded hitting": further counts listed after
// the weapon stand between it and the hit verb they share.
const HIT_VERB_AFTER = /^(?:\s*,?\s*(?:as well as|plus|а також)\s+\d+(?:\s+(?!(?:were|was|have|had|are)(?![\p{L}]))[\p{L}-]+){1,3}\s*,?\s*(?:(?:were|was|have been|had been)\s+(?:recorded\s+|reported\s+|confirmed\s+)?)?(?:struck|striking|hit|hitting|влучил\p{L}*|(?:у|в)разил\p{L}*)(?![\p{L}])|[^,;.:]{0,40}?(?<![\p{L}])(?:struck|striking|hit|hitting|impacted|влучи(?:л\p{L}*|в)|(?:у|в)разил\p{L}*)(?![\p{L}])|\s+(?:(?:та|і|й|and)\s+\d+\s+(?:[\p{L}-]+\s+){1,2})?(?:have\s+|had\s+)?(?:reached (?:their |the |its )?targets?|досягл\p{L}* (?:своїх |своєї )?(?:цілей|цілі|мети))(?![\p{L}]))/u;
// A place's cue right after it: "29 locations were struck", "в одному місці впали уламки".
// Only verbs count here: "на 7 локаціях і падіння уламків на одній" names the next place's cue.
// …or a noun right after "зафіксовано" or a dash: "На трьох локаціях зафіксовано падіння уламків", "Ще на 3 локаціях – падіння уламків".
const CUE_AFTER_PLACE = /^(?:(?!(?<![\p{L}])(?:and|та|і|й|а)(?![\p{L}]))[^,;.]){0,25}?(?<![\p{L}])(?:(struck|hit|impacted|влучи(?:л\p{L}*|в)|уражен\p{L}*|(?:зафіксован\p{L}*|стал\p{L}*|відбул\p{L}*|-)\s+влучан\p{L}*)|(fell|впали|впав|упали|(?:зафіксован\p{L}*|стал\p{L}*|відбул\p{L}*|-)\s+падіння))(?![\p{L}])/u;

// A new clause between a hit cue and a count: an absolute "with …" clause, a contrast, a semicolon.
const CLAUSE_BREAK = /;|,\s*(?:with|while|whereas|but|але|проте|водночас)(?![\p{L}])/u;

/** Whether the words of a count's own part of the clause (between commas, up to the full stop) speak of another period. */
function otherPeriod(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const from = start - before.length + Math.max(0, before.search(/[^,;:]*$/u));
  const stop = /[.;]/u.exec(text.slice(end, end + 120));
  return periodDistractor(text.slice(from, stop ? end + stop.index : Math.min(text.length, end + 120))) !== null;
}

/** The outcomes a clause gives. `text` is the clause's analysis text (lower case, digits for words). */
export function readOutcomes(text: string): OutcomeReading[] {
  let hitCues = [...text.matchAll(HIT_CUE)].map((m) => m.index);
  const debrisCues = [...text.matchAll(DEBRIS_CUE)].map((m) => m.index);
  const found: OutcomeReading[] = [];
  if (hitCues.length === 0 && debrisCues.length === 0 && !SHAHED.test(text)) return found;
  const cues = hitCues.length > 0 ? findCues(text) : [];
  // "Russia struck Ukraine with 40 missiles": a launch, not a hit.
  const launches = new Set(cues.filter((c) => c.kind === 'launched').map((c) => c.start));
  hitCues = hitCues.filter((at) => !launches.has(at));
  const hasHit = hitCues.length > 0;
  const mentions = hasHit ? findWeaponMentions(text) : [];
  // Other verbs ("shot down", "launched"): a count after one of them is that verb's, not a hit.
  const hitStarts = new Set(hitCues);
  const otherCues = hasHit ? cues.filter((c) => !hitStarts.has(c.start)).map((c) => c.end) : [];
  // "на одній із локацій", "at one of the sites".
  const placeRe = new RegExp(`^\\s*(?:(?:із|з|of the|of)\\s+)?${PLACE}(?![\\p{L}])`, 'u');
  const placeSeen = text.search(new RegExp(`(?<![\\p{L}])${PLACE}(?![\\p{L}])`, 'u'));
  // Cue positions are sorted: a binary search keeps a long clause linear in its counts.
  const lastBefore = (cues: number[], at: number) => {
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cues[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (cues[lo - 1] ?? -1) : -1;
  };

  for (const m of text.matchAll(NUMBER)) {
    const value = Number(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    // "two other cruise missiles had struck … during an earlier attack": another period's outcome.
    if (otherPeriod(text, start, end)) continue;
    const after = text.slice(end, end + 60);
    // "щонайменше на 5 локаціях", "at least at 5 locations": the qualifier may stand before the preposition.
    const before = text.slice(Math.max(0, start - 28), start);
    const qualifier = qualifierBefore(before) ?? qualifierBefore(before.replace(/(?<![\p{L}])(?:на|у|в|at|in|on)\s*$/u, ''));
    // "… і падіння уламків на одній", "у трьох — впали уламки": a place noun said once serves the counts after it.
    const elliptic = placeSeen >= 0 && placeSeen < start && /(?:на|у|в|at|in|on)\s*$/u.test(text.slice(Math.max(0, start - 6), start)) && /^\s*(?:(?:more|others?|ще)\s*)?(?:[.;,)]|$|-\s)/u.test(after);
    const placeWords = placeRe.exec(after)?.[0] ?? (elliptic ? '' : null);
    if (placeWords !== null) {
      // Hit or debris: the cue right after the place, else the last one before it.
      const next = CUE_AFTER_PLACE.exec(after.slice(placeWords.length));
      const hit = lastBefore(hitCues, start);
      const debris = lastBefore(debrisCues, start);
      const kind = next ? (next[1] !== undefined ? 'placesHit' : 'placesDebris') : hit < 0 && debris < 0 ? null : debris > hit ? 'placesDebris' : 'placesHit';
      if (kind) found.push({ field: kind, value, qualifier, category: null });
      continue;
    }
    // "Близько 60 з яких – «Шахеди»", "about 80 of them were Shaheds", "зокрема 130 БпЛА типу Shahed".
    const shahed = SHAHED.exec(after);
    const lead = text.slice(Math.max(0, start - 24), start);
    const including = INCLUDING.test(text.slice(Math.max(0, start - 64), start)) || (OF_THEM_LEAD.test(lead) && shahed !== null && !VERB_AFTER_NAME.test(after.slice(shahed.index + shahed[0].length)));
    const beforeShahed = shahed ? after.slice(0, shahed.index) : '';
    // ("653 БпЛА – Shahed, Гербера та дрони інших типів": the types of all the drones, not a share.)
    const typeList = shahed !== null && TYPE_LIST_AFTER.test(after.slice(shahed.index + shahed[0].length));
    if (shahed && !typeList && (SHAHED_GAP.test(beforeShahed) || SHAHED_OF.test(beforeShahed) || (including && SHAHED_AFTER_PART.test(beforeShahed)))) {
      found.push({ field: 'shaheds', value, qualifier, category: null });
      continue;
    }
    if (!hasHit) continue;
    const hitBefore = lastBefore(hitCues, start);
    // "…struck 14 locations, it said, with three missiles unaccounted for": a clause of its own is not the hit's.
    const governedByHit = hitBefore >= 0 && hitBefore > lastBefore(otherCues, start + 1) && start - hitBefore < 80 && !CLAUSE_BREAK.test(text.slice(hitBefore, start));
    // "13 влучань", "27 hit targets": hits that name no weapon.
    // "26 drone hits", "2 missile strikes": the hits noun after the weapon's name.
    const namedHits = HITS_AFTER_WEAPON.exec(after);
    if (namedHits) {
      found.push({ field: 'hits', value, qualifier, category: namedHits[1] === 'missile' ? 'missile' : 'drone' });
      continue;
    }
    if (HITS_NOUN_AFTER.test(after) || HIT_AFTER_BARE.test(after)) {
      found.push({ field: 'hits', value, qualifier, category: null });
      continue;
    }
    // "влучання 21 ударного БпЛА", "hits of 6 missiles and 17 attack UAVs", "36 drones ... struck".
    const next = mentions[firstStartingAt(mentions, end)];
    const mention = next && next.start - end <= 24 && /^[\s\p{L}'-]*$/u.test(text.slice(end, next.start)) ? next : undefined;
    if (!mention?.category || mention.aggregate) continue;
    const verbAfter = HIT_VERB_AFTER.exec(text.slice(mention.end, mention.end + 60));
    // …and no other verb stands between ("585 drones and 30 missiles were downed; 29 locations were struck").
    const verbOwn = verbAfter !== null && lastBefore(otherCues, mention.end + verbAfter[0].length) <= mention.end;
    if (governedByHit || verbOwn) {
      found.push({ field: 'hits', value, qualifier, category: mention.category });
    }
  }
  // "влучання ракети й 24 безпілотників", "the missile struck": one missile named without a count.
  // …"hits by the missile and nine drones", "Ракету збити не вдалося — її влучання зафіксовано".
  const single =
    hitCues.some((cue) => /^\p{L}*\s+(?:by |of |from )?(?:(?:the|a|one) (?:[\p{L}-]+ )?missile(?![\p{L}])(?! (?:launch|strike|attack|debris|fragments|threat))|ракети|ракетою|балістичної ракети)(?![\p{L}])/u.test(text.slice(cue, cue + 60))) ||
    (/(?<![\p{L}])її\s+влучан\p{L}*/u.test(text) && /(?<![\p{L}])ракет(?:у|а|ою)(?![\p{L}])/u.test(text));
  // "A missile and 10 drones hit five locations": the one missile listed before the drones' count.
  const listed = /(?<![\p{L}\p{N}])(?:a|an|1|the)\s+(?:[\p{L}-]+\s+){0,2}missile\s+and\s+\d+\s+(?:[\p{L}-]+\s+){0,2}(?:drones|uavs)\s+(?:struck|hit|impacted)(?![\p{L}])/u.test(text);
  if (single || listed || /(?:(?:and|й|і|та) the|, the) missile (?:struck|hit)(?![\p{L}])/u.test(text)) {
    found.push({ field: 'hits', value: 1, qualifier: null, category: 'missile' });
  }
  return found;
}
