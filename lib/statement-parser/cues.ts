// The verbs that say what happened to a count: launched, shot down, lost (neutralised without being
// shot down), or got through (hits, still in the air: derived, never stored).
import type { Action } from './types';

export type CueKind = Action | 'through';

export type Cue = {
  start: number;
  end: number;
  kind: CueKind;
  /** The Air Force's one combined "shot down or suppressed" figure (SPEC §1): stored as shot down. */
  combined: boolean;
  text: string;
};

const WITH = '[^.;:\\d]{0,40}?\\bwith\\b';

// "repelled an attack by 72 drones", "відбивала атаку 72 дронів", "під час атаки 72 БпЛА": the attack's
// count is what was launched. Only right before a count ("an attack by Russia" counts nothing).
const ATTACK_BY_COUNT = String.raw`(?:attacks? by|атак(?:у|а|и|ою))(?= (?:[\p{L}'-]+ ){0,2}\d)`;

// "failed to reach their targets", "did not reach", "couldn't reach", "were unable to reach", "did not
// manage to reach", "never reached", "have not reached": neutralised without being shot down (SPEC §1).
const FAILED_TO_REACH = String.raw`(?:(?:failed|were unable|was unable|were not able|was not able|weren't able|wasn't able|did not manage|didn't manage|did not succeed|didn't succeed|could not manage|couldn't manage|never managed) to reach|failing to reach|(?:did not|didn't|did never|could not|couldn't|cannot|can't|would not|wouldn't|never) reach|(?:never|have not|has not|had not|haven't|hasn't|hadn't) reached|not reaching) (?:their |its |the )?(?:intended |designated |assigned |planned )?(?:targets?|destinations?|goals?|objectives?)`;
// "не досягли (своїх) цілей", "не змогли досягти мети", "не долетіли (до цілей)", "не дісталися цілей".
const NOT_REACHED_UK = String.raw`не (?:змогл\p{L}* |зміг )?(?:досягл\p{L}*|досяг|досягну\p{L}*|досягти|дістал\p{L}*|дістатися) (?:до )?(?:своїх |своєї |свою |своїй |поставлених |визначених )?(?:цілей|цілі|ціль|мети)|не (?:змогл\p{L}* |зміг )?(?:долетіл\p{L}*|долетів|долетіти)`;

// "11 more veered off their intended course", "deviated from their course", "ще 11 відхилилися від курсу",
// "зійшли з маршруту": led away by electronic warfare, lost (SPEC §1). Merely changing course is not.
const OFF_COURSE = String.raw`(?:went|veered|veer|veering|deviated|deviate|deviating|strayed|drifted) (?:off|from) (?:their |its |the )?(?:intended |planned |designated |original )?(?:course|route|trajectory|flight path)|(?:відхилил|відхилен|зійшл|зійшов|зійшла)\p{L}* (?:від|з) (?:свого |своєї |заданого |запланованого |визначеного )?(?:курсу|маршруту|траєкторії)`;

// "Всього – 212 ударних БпЛА", "Загалом було 298 дронів", "In total, 80 drones": a closing total with no
// verb of its own counts what was launched (a verb after the count, when it has one, wins: verbs.ts).
// "704 means of air attack were recorded: 653 attack UAVs …; 51 missiles …": a list's header, what was launched.
const RECORDED_LIST = String.raw`(?:were|was|have been|had been) (?:recorded|detected|registered|tracked|spotted)(?=\s*:)`;

const TOTAL_LEAD = String.raw`(?:всього|усього|загалом|in total|a total of|altogether)(?=\s*[,:-]?\s*(?:(?:було|були|було запущено)\s+)?\d)`;

// Longer phrases come first: at one position the first alternative that matches wins.
// The combined figure may name its second verb in brackets: "збито (подавлено)", "shot down (suppressed)".
// "25 were neutralized by electronic warfare", "25 нейтралізовано засобами РЕБ", "заглушено засобами РЕБ": led
// away or jammed by electronic warfare alone is lost (SPEC §1); "by EW and mobile fire groups" is not alone.
const BY_EW_ALONE = String.raw`(?:neutrali[sz]ed|redirected|jammed|disabled|suppressed) (?:by|with|using|through) (?:means of )?(?:the )?(?:electronic warfare|ew|electronic countermeasures|reb)(?: (?:systems|means|equipment|units|assets))?(?!(?: [\p{L}-]+){0,2}\s*(?:,|and|or|as well as|&)\s+(?!(?:[\p{L}-]+\s+)?\d)(?!(?:did|failed|were|was|never|could|so)(?![\p{L}])))|(?:нейтралізован|заглушен|подавлен|знешкоджен)\p{L}* (?:засобами|силами|за допомогою|підрозділами) (?:реб|радіоелектронної боротьби)(?!(?: [\p{L}-]+){0,2}\s*(?:,|та|і|й|або)\s+(?!(?:[\p{L}-]+\s+)?\d))`;

// "1 – у повітряному просторі Курської області (прямує на Росію)", "two crossed into Belarus": left
// Ukraine's sky, neither shot down nor lost (SPEC §1), so read with the counts that got through.
const AWAY = String.raw`(?:у|в) повітряному просторі (?:росії|рф|білорусі|рб|молдови|(?:курськ|брянськ|бєлгородськ|білгородськ|ростовськ|воронезьк|орловськ|смоленськ)\p{L}* області)|(?:прямує|прямують|прямував\p{L}*|полетів|полетіл\p{L}*|вилетів|вилетіл\p{L}*|повернув\p{L}*|повернул\p{L}*|відлетів|відлетіл\p{L}*) (?:у бік|в бік|у напрямку|в напрямку|до|на|у|в|назад у|назад в|назад до) (?:росі\p{L}*|рф|білорус\p{L}*|рб|молдов\p{L}*)|(?:залишив|залишил\p{L}*|покинув|покинул\p{L}*) (?:повітряний простір|межі|територію) україни|(?:flew|flying|headed|heading|went|veered|crossed|crossing|returned|returning|turned back|left) (?:back )?(?:off |away )?(?:in|into|to|toward|towards|for) (?:the )?(?:russian federation|russia|belarus|moldova)|(?:entered|entering|crossed|crossing) (?:into )?(?:russian|belarusian|moldovan|russia's|belarus's|moldova's) (?:air ?space|territory)|(?:left|leaving|exited) (?:ukraine's|ukrainian|the country's) (?:air ?space|territory)`;

const GROUPS: { kind: CueKind; combined?: boolean; source: string }[] = [
  { kind: 'lost', source: BY_EW_ALONE },
  {
    kind: 'shotDown',
    combined: true,
    source:
      "(?:(?:shot|brought|took|taken|knocked) down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated)(?:\\s*(?:or|/|and/or|and)\\s*|\\s*,\\s*|\\s*\\(\\s*(?:or\\s+)?)(?:suppressed|jammed|neutrali[sz]ed|disabled)(?:\\s*\\))?|(?:neutrali[sz](?:ed|ing|e)|neutrali[sz]ation of)|(?:збит|знищен|знешкоджен|перехоплен|нейтралізован|ліквідован|збил|знищил|знешкодил|перехопил|нейтралізувал|ліквідувал)\\p{L}*(?:\\s*(?:,\\s*)?(?:/|або|чи|та|і|й|,)\\s*(?:або\\s+)?|\\s*\\(\\s*(?:або\\s+|чи\\s+)?)(?:подавлен|придушен|подавил|придушил)\\p{L}*(?:\\s*\\))?|(?:збити|знищити|знешкодити|перехопити|нейтралізувати)\\s*(?:/|або|чи|та|і|й)\\s*(?:подавити|придушити)|(?:збил|знищил|знешкодил|перехопил|нейтралізувал|ліквідувал)\\p{L}*(?:\\s*/\\s*|\\s+(?:або|чи|та|і|й)\\s+|\\s*\\(\\s*)(?:подавил|придушил)\\p{L}*(?:\\s*\\))?|(?:збиття|знищення) або (?:подавлення|придушення)|знешкодж\\p{L}*|знешкодил\\p{L}*|знешкодит\\p{L}*|нейтралізован\\p{L}*|нейтралізува\\p{L}*|протидіяти|протидіял\\p{L}*|(?:shot|brought) down or (?:jammed|suppressed)|(?:intercepted|destroyed) or (?:jammed|suppressed)",
  },
  {
    kind: 'lost',
    source:
      `locationally lost|lost locationally|(?:locally|locatively) lost|lost locally|lost (?:from|on|off|to) (?:the )?(?:radars?|location)|disappeared from (?:the )?radars?|(?:went|dropped) off (?:the )?radars?|lost to (?:electronic warfare|ew|jamming|electronic countermeasures)|suppressed(?: by (?:means of )?(?:electronic warfare|ew|electronic countermeasures|reb))?|jammed|${FAILED_TO_REACH}|(?:fell|crashed|came down) (?:in|into|on) (?:an? |the )?(?:open |empty )?(?:fields?|areas?|countryside|water|sea|forest)|${OFF_COURSE}|(?:were |was )?diverted|(?:caused|inflicted|did|causing|inflicting) no (?:damage|harm)|(?:were|was|been|are|got) lost|'lost'|\"lost\"|(?:локаційно|локально) (?:втрачен|втратил|загублен|загубил)\\p{L}*|локаційно зникл\\p{L}*|зникл\\p{L}* з радар\\p{L}*|збил\\p{L}* з курсу|втрачен\\p{L}* з локаційного контролю|втрачен\\p{L}*|загублен\\p{L}*|загубил\\p{L}*|lost (?:in (?:the )?air|in flight|to location)|подавлен\\p{L}*(?: засобами реб| реб)?|подавил\\p{L}*|подавити|придушен\\p{L}*|придушил\\p{L}*|${NOT_REACHED_UK}|lost`,
  },
  {
    kind: 'launched',
    source: `(?:attack(?:ed|ing)?|struck|striking|hit|hitting|targeted|pounded|bombarded|shelled|assaulted)${WITH}|attacks? (?:involving|using|comprising|of)|${ATTACK_BY_COUNT}`,
  },
  { kind: 'through', source: AWAY },
  // "Інформація щодо ще 2 ракет уточнюється", "(two more missiles – being clarified)": their fate is not given.
  { kind: 'through', source: String.raw`уточню(?:ється|ються|ється)|уточнюют\p{L}*|(?:is |are )?being (?:clarified|verified|specified|established)|under clarification|to be clarified` },
  {
    kind: 'through',
    source:
      "hits?(?: (?:by|of|from))?|direct hits?|impacts?(?: (?:by|of|from))?|strikes? (?:by|of|from)|(?:hit|hitting|struck|striking|reached) (?:their |the |its )?(?:targets?|objects?)|got through|broke through|penetrated|still (?:in the air|attacking|in the airspace)|(?:are|remain|were) in the airspace|влучан\\p{L}*|влучи(?:л\\p{L}*|в)|досягл\\p{L}* (?:своїх |своєї )?(?:цілей|цілі|мети)",
  },
  {
    kind: 'shotDown',
    source:
      "shot[\\s-]down|shooting down|downed|destroyed|destroying|destruction of|intercepted|intercepting|interception of|brought down|taken down|took down|take down|takes down|knocked (?:out|down)|eliminated|shoot down|shooting down|downing|downs|intercept|destroy|збито|збили|збив|збила|збити|збита|збитий|збиту|знищено|знищені|знищена|знищений|знищену|знищили|знищила|знищив|знищити|збиття|знищення|збиті|збитих|ліквідувал\\p{L}*|ліквідован(?:о|і|а|ий)|збивши|знищивши|перехопивши|перехопил\\p{L}*|перехоплен\\p{L}*|перехопити|приземлил\\p{L}*|приземлен\\p{L}*|(?:took|taken|take|takes) out|(?<=(?:to|could|did) )down",
  },
  {
    kind: 'launched',
    source:
      "launched|launching|launches|launch of|fired|firing|attacked|attacking|used|using|sent|sending|deployed|unleashed|hurled|employed|threw|barrage of|wave of|involving|involved|(?:detected|recorded|registered|reported)(?= \\d)|повідомил\\p{L}* про(?= \\d)|зафіксувал\\p{L}*(?= \\d)|dropped|released|атакував|атакувала|атакували|атаковано|атакує|атакують|запустив|запустила|запустили|запустивши|запущено|запущені|запускав|запускала|запускали|випустив|випустила|випустили|випустивши|випущено|випускав|випускала|випускали|спрямува\\p{L}*|направи(?:в|ла|ли)|вдари(?:в|ла|ли)(?= (?:по \\p{L}+ )?\\d)|застосував|застосувала|застосували|застосувавши|застосовано|використав|використала|використали|використавши|використано|використовуючи|скерувал\\p{L}*|здійсн(?:ил|ив|ено)\\p{L}* (?:запуск|атаку|напад)|included|зафіксовано(?=[\\s:;]*\\d)|(?:зафіксован\\p{L}* )?пуск(?:и|ів)(?= \\d)|обстріляли|обстріляв|завда\\p{L}* (?:\\p{L}+ )?(?:удару|ударів|удар)|(?:із |з )?(?:застосуванням|використанням)|задіян\\p{L}*|задіяли|" + RECORDED_LIST + '|' + TOTAL_LEAD,
  },
];

const CUE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${GROUPS.map((g) => `(${g.source})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "were not shot down", "failed to intercept", "was not able to down", "не вдалося збити": the count was
// not shot down. Ukrainian may put the negation after the verb: "перехопити не вдалося".
const NEGATION = /(?:(?<!\p{L})not|n't|(?<!\p{L})never|(?<!\p{L})failed to|(?<!\p{L})(?:not|un|n't) ?able to|(?<!\p{L})не(?: (?:вдалося|вдалось|змогли|змогла|зміг|змогло))?)\s*$/u;
const NEGATION_AFTER = /^\s*не (?:вдалося|вдалось|змогли|змогла|зміг|змогло)(?!\p{L})/u;
// "Збити балістичну ракету, запущену з Курщини, не вдалося": an infinitive's negation may close the clause.
const INFINITIVE_NEGATED = /^[^.;]{0,80}?(?<!\p{L})не (?:вдалося|вдалось)(?!\p{L})/u;

const TOTAL_WORDS = /^(?:всього|усього|загалом|in total|a total of|altogether)$/u;

/** Every cue in the (lower-cased) clause, in order. */
export function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) !== null) {
    let index = 1;
    while (index < m.length && m[index] === undefined) index += 1;
    const group = GROUPS[index - 1];
    if (!group) continue;
    const start = m.index;
    // "destroyed a total of 41 drones": right after a verb, a total is that verb's, not a launch.
    const previous = cues[cues.length - 1];
    if (group.kind === 'launched' && TOTAL_WORDS.test(m[0]) && previous && /^\s*$/.test(text.slice(previous.end, start))) continue;
    const negated =
      group.kind !== 'lost' &&
      (NEGATION.test(text.slice(Math.max(0, start - 24), start)) || (group.kind !== 'launched' && /^\p{Script=Cyrillic}/u.test(m[0]) && (NEGATION_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 20)) || (/ти$/u.test(m[0]) && INFINITIVE_NEGATED.test(text.slice(start + m[0].length, start + m[0].length + 100))))));
    cues.push({
      start,
      end: start + m[0].length,
      kind: negated ? 'through' : group.kind,
      combined: group.combined === true,
      text: m[0],
    });
  }
  return cues;
}
