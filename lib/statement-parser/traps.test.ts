// The trap classes of issue 18 and issue 14, each in English and in Ukrainian, on sentences from real
// statements (fixtures/statements) or cut down from them. Each row: a text and the values it must give.
import { describe, expect, it } from 'vitest';
import { toApiResponse, type ApiResponse } from './api';
import { parseStatement } from './parse-statement';

type Want = {
  missile?: [number | null, number | null, number | null];
  drone?: [number | null, number | null, number | null];
  hits?: [number | null, number | null];
  placesHit?: number | null;
  placesDebris?: number | null;
  shaheds?: number | null;
  qualifiers?: Record<string, string>;
  other?: [number | null, number | null, number | null];
};

function read(text: string): ApiResponse {
  return toApiResponse(parseStatement(text, { today: '2025-12-31' }));
}

function check(text: string, want: Want) {
  const got = read(text);
  const counts = (t: { launched: number | null; shot_down: number | null; lost: number | null }) => [t.launched, t.shot_down, t.lost];
  expect(counts(got.totals.missile), 'missiles').toEqual(want.missile ?? [null, null, null]);
  expect(counts(got.totals.drone), 'drones').toEqual(want.drone ?? [null, null, null]);
  expect([got.hits.missile, got.hits.drone], 'hits').toEqual(want.hits ?? [null, null]);
  expect(got.places_hit, 'places hit').toBe(want.placesHit ?? null);
  expect(got.places_debris, 'places with debris').toBe(want.placesDebris ?? null);
  expect(got.shaheds, 'Shaheds').toBe(want.shaheds ?? null);
  expect(got.qualifiers, 'qualifiers').toEqual(want.qualifiers ?? {});
  if (want.other) expect(got.other && counts(got.other.totals.drone), "the other side's drones").toEqual(want.other);
}

const cases: Record<string, [string, Want][]> = {
  'the combined "shot down or suppressed" figure in its forms': [
    ['За попередніми даними, станом на 08:30, протиповітряною обороною збито/подавлено 86 ворожих БпЛА. Противник атакував 113 ударними БпЛА.', { drone: [113, 86, null] }],
    ['У ніч на 9 вересня противник атакував 84 ударними БпЛА. Станом на 08:30 протиповітряною обороною збито, або подавлено 60 ворожих безпілотників.', { drone: [84, 60, null] }],
    ['У ніч на 23 серпня армія атакувала Україну 49 ударними БпЛА. Станом на 08:30 протиповітряна оборона знищила або подавила 36 ворожих дронів.', { drone: [49, 36, null] }],
    ['У ніч на 28 жовтня армія використала 38 ударних безпілотників. Станом на 09:00 сили протиповітряної оборони знищили або придушили 26 ворожих дронів.', { drone: [38, 26, null] }],
    ['Вночі війська РФ запустили 94 безпілотники. Повітряні сили змогли знешкодити 84 з них.', { drone: [94, 84, null] }],
    ['Загалом противник атакував Україну 97 ударними дронами. За попередніми даними, ППО ліквідувала 75 ворожих безпілотників.', { drone: [97, 75, null] }],
    ['As of 9:00 a.m., air defense shot down/suppressed 97 enemy drones. The enemy attacked with 115 attack UAVs.', { drone: [115, 97, null] }],
    ['Протиповітряна оборона збила й подавила 103 ворожі БпЛА. Окупанти запустили 115 ударних БпЛА.', { drone: [115, 103, null] }],
    ['Окупанти атакували Україну 49 безпілотниками – попередньо, протидіяти вдалося 36 з них.', { drone: [49, 36, null] }],
    ['Нічна атака: українські системи ППО перехопили одну з трьох ракет і 79 з 145 безпілотників.', { missile: [3, 1, null], drone: [145, 79, null] }],
    ['Russia launched 115 drones at Ukraine overnight, 97 of which were neutralized, the Air Force reported.', { drone: [115, 97, null] }],
    // Metamorphic round: every shot-down verb of the tables before 'or suppressed' / 'або подавлено'.
    ['Станом на 08:30 протиповітряною обороною перехоплено або подавлено 69 ворожих БпЛА. Противник атакував 86 ударними БпЛА.', { drone: [86, 69, null] }],
    ['Станом на 08:30 протиповітряною обороною нейтралізовано/подавлено 33 ворожих БпЛА. Противник атакував 54 ударними БпЛА.', { drone: [54, 33, null] }],
    ['Сили ППО перехопили або подавили 60 ворожих дронів. Противник атакував 84 ударними БпЛА.', { drone: [84, 60, null] }],
    ['As of 08:00, air defense systems took down or suppressed 64 enemy drones. Russia launched 85 drones.', { drone: [85, 64, null] }],
    ['As of 08:00, air defense eliminated or suppressed 64 enemy drones. Russia launched 85 drones.', { drone: [85, 64, null] }],
    // The two verbs in either voice: a report may turn one of them and not the other.
    ['У ніч на 9 вересня противник атакував 84 ударними БпЛА. Станом на 08:30 протиповітряна оборона збила, або подавлено 60 ворожих безпілотників.', { drone: [84, 60, null] }],
    ['У ніч на 23 серпня армія атакувала Україну 49 ударними БпЛА. Станом на 08:30 протиповітряною обороною збито або подавила 36 ворожих дронів.', { drone: [49, 36, null] }],
    // A later, smaller shot-down count is a regional part of the combined figure, as it is of a plain one;
    // "of them" / "з них" still splits it.
    ['Overnight, the occupiers launched 75 Shahed attack drones. Of them, 74 were neutralized. In the south, three Shahed drones were shot down: one in Mykolaiv Oblast and two in Kirovohrad Oblast.', { drone: [75, 74, null] }],
    ['As of 9:00 a.m., air defenses have neutralized 50 strike drones. Another nine simulator drones were lost. In Sumy, air defense forces managed to destroy seven enemy drones over the region.', { drone: [null, 50, 9] }],
    ['Противник атакував 80 ударними БпЛА. Знешкоджено 74 БпЛА. На півдні збито три дрони: один над Миколаївщиною та два над Кіровоградщиною.', { drone: [80, 74, null] }],
    ['Сили ППО нібито знешкодили 48 українських БПЛА. Найбільше дронів зафіксували над Ростовською областю – там заявили про 17 збитих апаратів.', { drone: [null, 48, null] }],
    ['Russia launched 80 drones. 74 drones were neutralized. Of them, 64 were shot down.', { drone: [80, 64, null] }],
    ['Противник атакував 80 ударними БпЛА. Знешкоджено 74 БпЛА. З них 64 збито вогневими засобами.', { drone: [80, 64, null] }],
  ],
  'a list joined by "as well as", "plus", "а також": the broad count at its end is one more weapon': [
    ['In total, Russia launched 78 drones, 4 X-59/69 missiles as well as 2 missiles of an unspecified type over Ukraine.', { missile: [6, null, null], drone: [78, null, null] }],
    ['Russia launched 4 Kh-59 missiles plus 2 missiles of an unspecified type.', { missile: [6, null, null] }],
    ['Загалом росіяни запустили 78 дронів, 4 ракети Х-59/69, а також 2 ракети невстановленого типу.', { missile: [6, null, null], drone: [78, null, null] }],
  ],
  'a participle of launching between commas, with any phrase of time or origin after it': [
    ["Ukrainian air defense shot down 20 of the 22 drones. Ukraine's Air Force was not able to down the other aerial target, a single Iskander-M ballistic missile, launched during the night.", { missile: [1, 0, null], drone: [22, 20, null] }],
    ["Ukrainian air defense shot down 20 of the 22 drones. Ukraine's Air Force was not able to down the other aerial target, a single Iskander-M ballistic missile, launched last night.", { missile: [1, 0, null], drone: [22, 20, null] }],
    ['Сили ППО збили 20 з 22 дронів. Не вдалося збити іншу ціль – одну балістичну ракету Іскандер-М, запущену минулої ночі.', { missile: [1, 0, null], drone: [22, 20, null] }],
  ],
  'a full stop typed without its space after a bracket': [
    ['В результаті протиповітряного бою збито 24 ударних БпЛА, 25 – локаційно втрачені (упали самостійно).Два безпілотники полетіли в напрямку Росії, ще один – у республіку Білорусь.', { drone: [null, 24, 25] }],
    ['As a result of the air battle, 24 attack drones were shot down, 25 were locationally lost (crashed on their own).Two drones flew towards Russia, and one more towards Belarus.', { drone: [null, 24, 25] }],
  ],
  'decoys named by an adjective or as traps ("імітаційні безпілотники", "дрони-пастки")': [
    ['Станом на 09:00 збито 37 ударних БпЛА. Ще 28 ворожих імітаційних безпілотників локаційно втрачено.', { drone: [null, 37, 28] }],
    ['Станом на 09:00 збито 37 ударних БпЛА, ще 28 дронів-пасток – локаційно втрачені.', { drone: [null, 37, 28] }],
    ['As of 09:00, 37 attack drones were shot down. Another 28 imitation drones were locationally lost.', { drone: [null, 37, 28] }],
  ],
  'neutralised by electronic warfare alone is lost; by EW and other means is the combined figure': [
    ['Russia launched 80 drones. 50 were shot down, while 25 were neutralized by electronic warfare.', { drone: [80, 50, 25] }],
    ['Russia launched 80 drones. 50 were shot down and 25 were redirected by electronic warfare.', { drone: [80, 50, 25] }],
    ['Russia launched 80 drones. 75 were neutralized by electronic warfare units, mobile fire groups and aviation.', { drone: [80, 75, null] }],
    ['Росія запустила 80 дронів. Збито 50, ще 25 нейтралізовано засобами РЕБ.', { drone: [80, 50, 25] }],
    ['Росія запустила 80 дронів. Збито 50, ще 25 – заглушено засобами радіоелектронної боротьби.', { drone: [80, 50, 25] }],
    ['Росія запустила 80 дронів. Знешкоджено засобами РЕБ Повітряних сил та мобільними вогневими групами 75 дронів.', { drone: [80, 75, null] }],
  ],
  'a post copied with its Markdown marks': [
    ['Ukraine\'s forces destroyed all **27** Russian attack drones launched overnight, the Air Force said.', { drone: [27, 27, null] }],
    ['У ніч на 21 вересня противник атакував **54** ударними БпЛА. Збито/подавлено __33__ ворожих БпЛА.', { drone: [54, 33, null] }],
  ],
  'a text with HTML entities': [
    ['Ukraine&#39;s forces destroyed all 27 Russian attack drones launched overnight, the Air Force said.', { drone: [27, 27, null] }],
    ['У ніч на 9 вересня противник атакував 84&nbsp;ударними БпЛА типу &quot;Shahed&quot;. Збито/подавлено 60&nbsp;ворожих БпЛА.', { drone: [84, 60, null] }],
  ],
  'a Telegram post with emoji': [
    ['⚡️У ніч на 9 вересня противник атакував 84 ударними🔴БпЛА типу Shahed.\n✅Збито/подавлено 60 ворожих БпЛА.', { drone: [84, 60, null] }],
    ['⚡️Overnight, Russia launched 84 attack🔴drones.\n✅Air defense shot down 60 drones.', { drone: [84, 60, null] }],
  ],
  'a colon for the dash between a count and its verb': [
    ['В результаті протиповітряного бою збито 24 ударних БпЛА "Shahed-131/136", 25: локаційно втрачені (упали самостійно).', { drone: [null, 24, 25] }],
    ['Станом на 09:00 підтверджено збиття 67 ударних БПЛА типу "Shahed". 71 ворожий безпілотник-імітатор: локаційно втрачений (без негативних наслідків).', { drone: [null, 67, 71] }],
    ['As a result of the air battle, 24 attack drones were shot down; 25: locationally lost (crashed on their own).', { drone: [null, 24, 25] }],
    ['Air defense shot down 67 Shahed drones. 71 enemy decoy drones: locationally lost, with no negative consequences.', { drone: [null, 67, 71] }],
  ],
  'inflected and suffixed numerals, number words in every case': [
    ['У ніч проти 21 вересня росія атакувала Україну 54-ма ударними БпЛА.', { drone: [54, null, null] }],
    ['Станом на 09:00 підтверджено збиття 37-ми ударних дронів. Ще 28 ворожих безпілотників-імітаторів - локаційно втрачені.', { drone: [null, 37, 28] }],
    ["Ворог атакував п'ятьма десятками ударних дронів, збито сорок два.", { drone: [50, 42, null] }],
    ['Зафіксовано влучання 21 ударного БпЛА на восьми локаціях, а також падіння уламків у чотирьох локаціях і ще в одному місці.', { hits: [null, 21], placesHit: 8, placesDebris: 4 }],
    ['Hits by seventeen attack UAVs were recorded at six locations, and debris fell at two.', { hits: [null, 17], placesHit: 6, placesDebris: 2 }],
    ['Sixty-six drones were destroyed out of one hundred and fourteen.', { drone: [114, 66, null] }],
    ['У ніч на 21 вересня, починаючи з восьмої вечора, армія застосувала 54 ударні безпілотники. ППО збила або подавила 33 дрони. Зафіксовано влучання 21 безпілотника у вісьмох локаціях.', { drone: [54, 33, null], hits: [null, 21], placesHit: 8 }],
    ['Також ворог завдав удару чотирма ракетами С-300, трьома ракетами Х-31П та однією Х-59.', { missile: [8, null, null] }],
    ['The air force said it had managed to down nine of the drones and nine of the missiles. Russia launched 16 missiles and 11 drones.', { missile: [16, 9, null], drone: [11, 9, null] }],
  ],
  'the launch count after the outcomes': [
    ['Збройні сили України успішно знешкодили 89 безпілотників зі 113, які були запущені російською стороною.', { drone: [113, 89, null] }],
    ['Сили протиповітряної оборони України знищили 53 з 119 безпілотників.', { drone: [119, 53, null] }],
    ['132 out of 141 drones launched by Russia were neutralized over Ukraine overnight.', { drone: [141, 132, null] }],
    ['Ukraine’s air command reported that they managed to destroy 8 out 12 Russian drones.', { drone: [12, 8, null] }],
    ['Сили оборони збили вночі 38 ворожих дронів. Ще 25 безпілотників-імітаторів локаційно втрачено. Як зазначено, противник атакував Україну 71 ударним БпЛА.', { drone: [71, 38, 25] }],
    ['The Ukrainian air force said it had shot down 10 missiles and 23 Shahed drones. It said a total of 17 missiles and 31 drones had been launched.', { missile: [17, 10, null], drone: [31, 23, null] }],
  ],
  'relative clauses, quantifiers and the article as one': [
    ['Russia launched 13 Shahed drones at Ukraine overnight, 10 of which were downed in Kharkiv, Sumy and Kyiv regions.', { drone: [13, 10, null] }],
    ["Ukraine's forces destroyed all 27 Russian attack drones launched overnight.", { drone: [27, 27, null] }],
    ['Russia launched an Iskander-M, an Iskander-K and six guided missiles overnight.', { missile: [8, null, null] }],
    ['Російські військові атакували Україну однією балістичною ракетою «Іскандер-М», а також 95 ударними БпЛА, близько 60 з яких – «Шахеди».', { missile: [1, null, null], drone: [95, null, null], shaheds: 60, qualifiers: { shaheds: 'about' } }],
    ['У ніч на 24 серпня Росія атакувала Україну балістичною ракетою "Іскандер-М" і також 72 безпілотниками.', { missile: [1, null, null], drone: [72, null, null] }],
    ['Також було зафіксовано п’ять балістичних ракет, з яких дві було збито.', { missile: [5, 2, null] }],
    ['Russia launched 24 Shahed drones, four cruise missiles, a Kinzhal and an Iskander-M. All the projectiles, except for the Iskander-M missile, were shot down.', { missile: [6, 5, null], drone: [24, 24, null] }],
    ['Балістичну ракету «Іскандер-М» запустили з Криму, три керовані авіаційні ракети Х-59 та протирадіолокаційну — Х-31П з окупованої території.', { missile: [5, null, null] }],
    ['Russia launched 5 missiles and 12 drones. The air force said the missiles, of which it shot down two, targeted the north, while the drones, of which 11 were downed, flew west.', { missile: [5, 2, null], drone: [12, 11, null] }],
    ['The enemy launched 14 Shahed drones, as well as four S-300 missiles from the Belgorod region towards Kharkiv and one from the occupied Donetsk region.', { missile: [5, null, null], drone: [14, null, null] }],
    ['Russia launched 8 drones; air defense destroyed seven of them. Russia also launched a Kh-69 guided air missile, but as a result of countermeasures, the missile "did not reach its target."', { missile: [1, null, 1], drone: [8, 7, null] }],
    ['Russia launched 139 drones and an Iskander-M missile. The air force shot down 78 drones and 34 more did not reach their targets, without specifying what happened to the remaining 27 drones or the missile.', { missile: [1, null, null], drone: [139, 78, 34] }],
    ['Зі 101 дрона, запущеного окупантами, збито 90.', { drone: [101, 90, null] }],
    ['Ігнат: "окрім 320 ударних\nБпЛА типу Шахед, було застосовано 37 ракет".', { missile: [37, null, null], drone: [320, null, null] }],
  ],
  'a neutralised total split in the next sentence': [
    ['Air defence neutralised 112 drones. 74 were shot down by fire weapons, 38 were lost/suppressed by electronic warfare.', { drone: [null, 74, 38] }],
    ['На 09:00 протиповітряна оборона знищила 74 ворожих безпілотних літальних апарати. З них 64 були знищені за допомогою вогневих засобів, а 10 — втрачені або подавлені завдяки роботі РЕБ.', { drone: [null, 64, 10] }],
  ],
  'distractors: rounded leads, tallies, casualties, clock times, the other side': [
    ['Russia fired nearly 300 drones overnight. Russia launched 298 drones; 270 were shot down.', { drone: [298, 270, null] }],
    ['Росія атакувала понад 200 дронами. Противник атакував 212 ударними БпЛА, збито/подавлено 190.', { drone: [212, 190, null] }],
    ['Over the past week, Russia launched 1,300 drones and 40 missiles. Overnight it launched 55 drones, 34 of which were shot down.', { drone: [55, 34, null] }],
    ['Ukraine downed 34 out of 55 drones, the air force said. Falling debris left more than 300 users without power; two people were killed.', { drone: [55, 34, null] }],
    ['Explosions were heard at around 1:26 a.m. Russia launched 146 drones and at three a.m. 103 of them were intercepted.', { drone: [146, 103, null] }],
    ["Russia's Defence Ministry said it shot down 116 Ukrainian drones. Russia launched 653 drones at Ukraine; Ukraine's air force downed 585.", { drone: [653, 585, null], other: [null, 116, null] }],
    ['За 2024 рік сили оборони України збили понад 12,5 тис. ракет. У ніч на 1 березня армія скерувала 154 безпілотники, знешкодили 103 дрони, ще 51 БПЛА збили з курсу (локаційно втрачено).', { drone: [154, 103, 51] }],
    ['Унаслідок обстрілу постраждали щонайменше 10 осіб, з яких п’ятеро загинули.', {}],
    ['The defence ministry said air defence systems shot down 281 Ukrainian drones during the past day. "Two guided aerial bombs and 281 fixed-wing UAVs have been shot down," it said. According to the Ukrainian Air Force, Russia launched 62 drones and nine missiles overnight; 50 drones and four missiles were shot down.', { missile: [9, 4, null], drone: [62, 50, null] }],
    ['Russia said it shot down 1,441 Ukrainian UAVs over the past week. Its air defences downed four cruise missiles and 1,441 fixed-wing UAVs, the ministry said. Russia launched 40 drones at Ukraine overnight.', { drone: [40, null, null] }],
    ['У новорічну ніч Повітряні сили збили рекордну кількість дронів, на Миколаївщині – 14. Рекордна кількість збитих дронів за цю ніч - 87 одиниць. Загалом рф запустила 90 "Шахедів". У Миколаївській області знищено 14 БПЛА.', { drone: [90, 87, null] }],
    ['The main target of the attack was Kyiv. There, they shot down 66 drones out of 75 (the total number launched across the country). Of them, 74 were destroyed.', { drone: [75, 74, null] }],
    ['За даними міноборони країни-агресорки, з 23:00 24 грудня до 7 ранку 25 грудня нібито було "перехоплено та знищено" 141 дрон:\n62 БпЛА – над територією Брянської області,\n8 БпЛА – над територією Республіки Адигея.', { drone: [null, 141, null] }],
    ['Ukraine\'s air force said Saturday that Russia had launched 34 missiles against Ukraine overnight, of which 21 had been shot down.', { missile: [34, 21, null] }],
    ['Сили протиповітряної оборони збили чотири бaлістичні рaкети, однaк їхні улaмки впaли в кількох рaйонaх.', { missile: [null, 4, null] }],
  ],
  'another night told after this one, in a sentence that goes on about it': [
    ['У ніч на 14 вересня ворог запустив 22 шахеди, знищено 17. Як повідомлялося, Росія в ніч на середу, 13 вересня, випустила 44 дрони. Сили ППО збили 32 БпЛА.', { drone: [22, 17, null] }],
    ["On the night of January 2, Russia launched 72 drones; 47 of them were shot down. On New Year's Eve, the Russians launched 111 drones. During the repulsion of the air attack, 63 drones were destroyed, and another 46 were locally lost.", { drone: [72, 47, null] }],
  ],
  'lost and shot down in the forms of the reports': [
    ['Сили ППО збили 78 ворожих БпЛА, а 31 - не досяг цілей. Противник атакував 110 дронами.', { drone: [110, 78, 31] }],
    ['Russia launched 72 drones. As of 08:30, the downing of 47 drones has been confirmed. Additionally, 24 drones were locally lost without negative consequences.', { drone: [72, 47, 24] }],
  ],
  'a full stop typed without its space, and a colon before what happened in a region': [
    ['Знищено 10 "шахедів" у межах Одеської та Миколаївської областей.У Силах оборони півдня уточнили, що вночі росіяни атакували південні регіони.', { drone: [null, 10, null] }],
    ['Air defence destroyed 10 drones over the south of the country.The southern command said the drones targeted Odesa.', { drone: [null, 10, null] }],
    ['Російське Міноборони заявило, що засоби ППО перехопили і знищили 114 українських БпЛА: у Краснодарському краї горіла електропідстанція.', { drone: [null, 114, null] }],
    ["Russia's Defence Ministry said it destroyed 41 Ukrainian drones: in the Saratov region a refinery caught fire.", { drone: [null, 41, null] }],
  ],
  'hits, places, debris and Shaheds, with their qualifiers': [
    ['Of these, 274 drones and 33 missiles were shot down or neutralised. Fourteen missiles and 23 drones struck 14 locations.', { missile: [null, 33, null], drone: [null, 274, null], hits: [14, 23], placesHit: 14 }],
    ['Russia launched 200 drones, about 120 of them were Shaheds. Debris fell in one location.', { drone: [200, null, null], shaheds: 120, placesDebris: 1, qualifiers: { shaheds: 'about' } }],
    ['The enemy attacked with 141 drones, over 100 of them were Shaheds. Hits were recorded at seven locations.', { drone: [141, null, null], shaheds: 100, placesHit: 7, qualifiers: { shaheds: 'more-than' } }],
    ['Противник атакував 211 ударними БПЛА, понад 100 із них - "Шахеди". Зафіксовано влучання 16 ударних БпЛА на 10 локаціях, а також падіння збитих (уламки) на 11 локаціях.', { drone: [211, null, null], shaheds: 100, hits: [null, 16], placesHit: 10, placesDebris: 11, qualifiers: { shaheds: 'more-than' } }],
    ['Противник використав 141 безпілотник, з них майже 80 – "Шахеди".', { drone: [141, null, null], shaheds: 80, qualifiers: { shaheds: 'less-than' } }],
    ['Russia launched one Iskander-M ballistic missile and 146 drones. Air defenses intercepted 103 drones, while at least 36 drones and the missile struck 22 locations.', { missile: [1, null, null], drone: [146, 103, null], hits: [1, 36], placesHit: 22, qualifiers: { hits_drone: 'at-least' } }],
    ['Унаслідок російського обстрілу зафіксовано влучання ракети й 24 безпілотників на 10 локаціях.', { hits: [1, 24], placesHit: 10 }],
    ['Russia launched 50 drones overnight, up to 30 of them were Shaheds.', { drone: [50, null, null], shaheds: 30, qualifiers: { shaheds: 'at-most' } }],
    ['Противник атакував 80 дронами, щонайменше 40 з них – шахеди. Влучання зафіксовано щонайменше на 5 локаціях.', { drone: [80, null, null], shaheds: 40, placesHit: 5, qualifiers: { shaheds: 'at-least', places_hit: 'at-least' } }],
    ['Russia launched 90 drones. Ten other regions were struck, and damage was reported in 10 regions.', { drone: [90, null, null] }],
    ['Ворог запустив 90 дронів. Постраждали 10 областей, влучання зафіксовано у 4 областях.', { drone: [90, null, null] }],
  ],
  'neutralisation verbs in their other forms (round 3)': [
    ['Противник атакував 60 ударними БпЛА. Збито, подавлено 50 ворожих БпЛА.', { drone: [60, 50, null] }],
    ['Противник атакував 60 ударними БпЛА. Вдалося збити/подавити 50 ворожих БпЛА.', { drone: [60, 50, null] }],
    ['Противник атакував 60 ударними БпЛА. Вдалося збити або подавити 50 ворожих дронів.', { drone: [60, 50, null] }],
    ['Противник атакував 60 ударними БпЛА. ППО вдалося знешкодити 50 дронів.', { drone: [60, 50, null] }],
    ['Противник атакував 60 ударними БпЛА. Знешкоджені 50 ворожих БпЛА, ще 8 - локаційно втрачені.', { drone: [60, 50, 8] }],
    ['Противник атакував 60 ударними БпЛА. Відпрацювала ППО: збито 50 дронів.', { drone: [60, 50, null] }],
    ['Ворог запустив ракету Х-59. Збита 1 ракета Х-59.', { missile: [1, 1, null] }],
    ['Ворог запустив 3 ракети Х-59. Знищена 1 ракета Х-59.', { missile: [3, 1, null] }],
    ['Ворог атакував 48-ма ударними БпЛА. Уражено 40 дронів.', { drone: [48, null, null], hits: [null, 40] }],
    ['Ukrainian forces took down 40 drones out of 48.', { drone: [48, 40, null] }],
    ['Russia launched 48 drones. Air defense knocked down 40 drones.', { drone: [48, 40, null] }],
    ['Протиповітряною обороною знешкоджено 112 ворожих БпЛА, з них 74 збито, 38 – локаційно втрачені.', { drone: [null, 74, 38] }],
    ['Air defense neutralized 112 drones, of which 74 were shot down and 38 were lost to electronic warfare.', { drone: [null, 74, 38] }],
    ['Air defence destroyed 112 drones, of which 74 were shot down by fire weapons and 38 were suppressed by electronic warfare.', { drone: [null, 74, 38] }],
    ['Russia launched 60 drones, of which 50 were shot down.', { drone: [60, 50, null] }],
  ],
  'inflected numerals and participles between a count and its weapon (round 3)': [
    ['Противник атакував 60-тьма ударними БпЛА.', { drone: [60, null, null] }],
    ['Противник атакував 4-ма ракетами Х-59 та 60-ти ударними БпЛА.', { missile: [4, null, null], drone: [60, null, null] }],
    ['Противник атакував 60-ох ударними БпЛА, збито 50-ти.', { drone: [60, 50, null] }],
    ['Противник атакував трьома ракетами та сімома дронами.', { missile: [3, null, null], drone: [7, null, null] }],
    ["Противник атакував дев'ятнадцятьма дронами.", { drone: [19, null, null] }],
    ['Противник атакував сорока дронами, збито тридцять.', { drone: [40, 30, null] }],
    ['Противник атакував ста дронами.', { drone: [100, null, null] }],
    ['Противник атакував двомастами дронами.', { drone: [200, null, null] }],
    ['Ворог запустив двісті сорок дронів.', { drone: [240, null, null] }],
    ['Russia launched one hundred forty-two drones.', { drone: [142, null, null] }],
    ['Russia launched a hundred drones; ninety-one were shot down.', { drone: [100, 91, null] }],
    ['Із 60 запущених ворогом дронів збито 50.', { drone: [60, 50, null] }],
    ['Із 60 випущених дронів вдалося знешкодити 50.', { drone: [60, 50, null] }],
    ['Збито 50 ворожих БпЛА із 60 запущених.', { drone: [60, 50, null] }],
    ['Зафіксовано влучання 10 ударних БпЛА на двох локаціях, падіння уламків – на трьох.', { hits: [null, 10], placesHit: 2, placesDebris: 3 }],
  ],
  'jet drones beside the Shaheds (round 3)': [
    ['Противник атакував Україну 108 засобами повітряного нападу: 104-ма ударними БпЛА типу Shahed, безпілотниками-імітаторами різних типів, а також 4-ма швидкісними (реактивними) дронами. Збито/подавлено 82 повітряні цілі - 3 реактивні безпілотники, 79 безпілотників типу Shahed та дронів-імітаторів різних типів.', { drone: [108, 82, null] }],
    ['Противник атакував 100 ударними БпЛА, зокрема 10 реактивними безпілотниками. Збито 80.', { drone: [100, 80, null] }],
    ['Russia launched 100 drones, including 10 jet-powered drones. 80 drones were shot down, including 5 jet drones.', { drone: [100, 80, null] }],
    ['Russia launched 90 Shahed drones and 6 jet drones. Air defence shot down 80 Shaheds and 4 jet drones.', { drone: [96, 84, null] }],
    ["Ukraine's military shot down 28 out of 31 Shahed drones. A fighter jet was seen over the sea.", { drone: [31, 28, null] }],
  ],
  "one place's share that is the only figure (round 3)": [
    ['Russian air defenses shot down 174 Ukrainian drones overnight, the Russian Defense Ministry said. In addition, the Russian side reports that it has neutralized three Ukrainian "Neptun-MD" cruise missiles over the Black Sea.', { missile: [null, 3, null], drone: [null, 174, null] }],
    ["Russia's Defence Ministry said it destroyed 41 Ukrainian drones overnight, 20 of them over the Bryansk region.", { drone: [null, 41, null] }],
    ["Russia's Defence Ministry said its air defences destroyed 12 Ukrainian drones over the Kursk region and 8 drones over the Bryansk region.", {}],
    ['Russia launched 60 drones. Air defence shot down 12 drones over the Kyiv region.', { drone: [60, 12, null] }],
    ['Russia launched 60 drones; air defence shot down 50 drones, 12 drones over the Kyiv region.', { drone: [60, 50, null] }],
  ],
  'hits told as strikes and impacts (round 3)': [
    ['Strikes by 2 missiles and 13 drones were recorded in 8 locations.', { hits: [2, 13], placesHit: 8 }],
    ['Impacts of 13 drones were recorded at 8 sites, with debris falling at 4 sites.', { hits: [null, 13], placesHit: 8, placesDebris: 4 }],
    ['Russia launched 50 drones. Strikes by 13 drones were recorded at 8 locations.', { drone: [50, null, null], hits: [null, 13], placesHit: 8 }],
    ['Влучання зафіксовані на 8 локаціях, падіння уламків – ще на 4.', { placesHit: 8, placesDebris: 4 }],
  ],
  'hundreds in words and a rounded lead before the outcome (round 3)': [
    ['Ворог атакував сотнею дронів.', { drone: [100, null, null] }],
    ['Ворог запустив півсотні дронів, збито сорок.', { drone: [50, 40, null] }],
    ['Ворог атакував понад сотнею дронів. Збито 80.', { drone: [null, 80, null] }],
    ['Russia launched more than 100 drones overnight. Eighty were shot down.', { drone: [null, 80, null] }],
    ['Ворог запустив сотні дронів за тиждень. Вночі ворог атакував 60 дронами.', { drone: [60, null, null] }],
    ['Ворог атакував 100 дронами; вдалося збити 80 із них.', { drone: [100, 80, null] }],
  ],
  'layouts from the fourth round of real passages': [
    ['Відзначається, що противник здійснив запуск 131 безпілотного літального апарата з напрямків Міллерово, Орел та Приморсько-Ахтарськ.', { drone: [131, null, null] }],
    ['Ворог здійснив атаку 60 ударними БпЛА.', { drone: [60, null, null] }],
    ['У ніч на неділю українські сили оборони знищили 81 дрон "шахед" з 112, які російські війська застосовували для атак.', { drone: [112, 81, null] }],
    ['Сили оборони знищили 81 дрон «шахед» з 112.', { drone: [112, 81, null] }],
    ['Ukrainian air defenses downed all 35 Russian-launched loitering munitions.', { drone: [35, 35, null] }],
    ['Air defense shot down 12 loitering munitions.', { drone: [null, 12, null] }],
    ['26 drone hits were recorded at seven locations. Debris also fell in one location.', { hits: [null, 26], placesHit: 7, placesDebris: 1 }],
    ['Two missile strikes and 19 drone strikes were recorded.', { hits: [2, 19] }],
  ],
  // Round 5: the trap classes again, in phrasings of our own (word order, case, aspect, gender, number,
  // punctuation), so that a new phrasing is a lexicon line rather than a special case.
  'the combined figure and neutralisation verbs in more forms (round 5)': [
    ['Противник атакував 80 ударними БпЛА. Протиповітряною обороною збито / подавлено 70 ворожих БпЛА.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА. Збиті/подавлені 70 БпЛА.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА. ППО знешкодила 70 дронів.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА. Нейтралізовано 70 дронів.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА. Вдалося нейтралізувати 70 дронів.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА. 70 з них збито або подавлено.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА. Збито/подавлено: 70 БпЛА.', { drone: [80, 70, null] }],
    ['Противник атакував 80 БпЛА. ППО збила / подавила 70 дронів.', { drone: [80, 70, null] }],
    ['Противник атакував 80 БпЛА. Вдалося збити / подавити 70 дронів.', { drone: [80, 70, null] }],
    ['Противник атакував 80 БпЛА. Збито 60, подавлено 10.', { drone: [80, 60, 10] }],
    ['Противник атакував 80 БпЛА. 50 збили, а 25 подавили засобами РЕБ.', { drone: [80, 50, 25] }],
    ['Russia launched 80 drones. Air defence downed or jammed 70 drones.', { drone: [80, 70, null] }],
    ['Russia launched 80 drones. Air defence intercepted or suppressed 70 drones.', { drone: [80, 70, null] }],
    ['Russia launched 80 drones. 70 were shot down or suppressed.', { drone: [80, 70, null] }],
    ["Russia fired 49 Shahed-type attack drones and decoys at Ukraine overnight; 40 were downed or electronically jammed.", { drone: [49, 40, null] }],
  ],
  'numerals with suffixes, number words and number formats (round 5)': [
    ['Противник атакував 21-им ударним БпЛА.', { drone: [21, null, null] }],
    ['Противник атакував 1-ю ракетою Х-59.', { missile: [1, null, null] }],
    ['Противник атакував шістьма ракетами та вісімдесятьма дронами.', { missile: [6, null, null], drone: [80, null, null] }],
    ['Противник атакував ста двадцятьма дронами.', { drone: [120, null, null] }],
    ['Противник атакував двомастами сорока дронами.', { drone: [240, null, null] }],
    ['Противник атакував чотирма десятками дронів.', { drone: [40, null, null] }],
    ["Противник атакував дев’ятьма ракетами та сорока дев'ятьма дронами.", { missile: [9, null, null], drone: [49, null, null] }],
    ['Противник атакував девʼятьма ракетами.', { missile: [9, null, null] }],
    ['Зафіксовано падіння уламків в одному місці.', { placesDebris: 1 }],
    ["Зафіксовано влучання трьох ракет і п'яти ударних БпЛА у чотирьох локаціях.", { hits: [3, 5], placesHit: 4 }],
    ['Росія запустила 1 234 дрони.', { drone: [1234, null, null] }],
    ['Russia launched 1,234 drones.', { drone: [1234, null, null] }],
    ['Russia launched twenty-one drones and three missiles; eighteen drones and all three missiles were destroyed.', { missile: [3, 3, null], drone: [21, 18, null] }],
    ['Противник атакував 4 балістичними ракетами Іскандер-М, 20 крилатими ракетами Х-101 та 400 БпЛА. Збито/подавлено 3 балістичні, 19 крилатих ракет та 380 БпЛА.', { missile: [24, 22, null], drone: [400, 380, null] }],
  ],
  'punctuation: dashes, colons, lists, full stops without a space (round 5)': [
    ['Противник атакував 80 ударними БпЛА – збито 70.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА - збито/подавлено 70, ще 5 - локаційно втрачені.', { drone: [80, 70, 5] }],
    ['Противник атакував 80 ударними БпЛА — з них збито 70.', { drone: [80, 70, null] }],
    ['Противник атакував 80 ударними БпЛА.Збито 70.', { drone: [80, 70, null] }],
    ['Противник атакував 49 ударними БпЛА:\n- 40 збито;\n- 9 локаційно втрачено.', { drone: [49, 40, 9] }],
    ['Russia launched 49 drones:\n– 40 were shot down;\n– 9 were lost locationally.', { drone: [49, 40, 9] }],
    ['Противник атакував 40 ударними БпЛА. 35 – збито, 5 – локаційно втрачені.', { drone: [40, 35, 5] }],
    ['Противник атакував 40 ударними БпЛА. Збито 35; локаційно втрачено – 5.', { drone: [40, 35, 5] }],
    ['Противник атакував 51 засобом повітряного нападу – 49 ударними БпЛА та 2 ракетами Х-59. Збито/подавлено 42 повітряні цілі: 40 БпЛА та 2 ракети.', { missile: [2, 2, null], drone: [49, 40, null] }],
  ],
  'the launch count after the outcomes, and a closing total (round 5)': [
    ['Збито/подавлено 70 ворожих БпЛА. Загалом ворог атакував 80 ударними БпЛА.', { drone: [80, 70, null] }],
    ['Росія атакувала понад 200 дронами. Всього – 212 ударних БпЛА, збито/подавлено 190.', { drone: [212, 190, null] }],
    ['Збито 70 дронів. Всього було 80 ударних БпЛА.', { drone: [80, 70, null] }],
    ['35 з 40 дронів збито.', { drone: [40, 35, null] }],
    ['35 із 40 ворожих БпЛА знешкоджено.', { drone: [40, 35, null] }],
    ['Сили ППО збили 35 із 40 ракет та 380 із 400 дронів.', { missile: [40, 35, null], drone: [400, 380, null] }],
    ['Із 40 ракет збито 35, із 400 дронів – 380.', { missile: [40, 35, null], drone: [400, 380, null] }],
    ["Ukraine's air force said 35 of the 40 drones Russia launched were shot down.", { drone: [40, 35, null] }],
    ['Air defence shot down 70 drones. In total, Russia launched 80 drones.', { drone: [80, 70, null] }],
  ],
  'relative clauses, "all", and the article as one (round 5)': [
    ['Russia launched 12 drones, all of which were shot down.', { drone: [12, 12, null] }],
    ['Росія запустила 12 дронів, усі збито.', { drone: [12, 12, null] }],
    ['Росія запустила 12 дронів, усі вони збиті.', { drone: [12, 12, null] }],
    ['Ворог атакував 2 ракетами Х-59 та 49 БпЛА. Збито обидві ракети та 40 дронів.', { missile: [2, 2, null], drone: [49, 40, null] }],
    ['Russia launched 2 Kh-59 missiles and 49 drones. Both missiles and 40 drones were shot down.', { missile: [2, 2, null], drone: [49, 40, null] }],
    // "went missing" is a predicate the parser does not know (synthetic r-own-unknown-verb): the nine stay unread.
    ['Russia launched 49 drones, 40 of which were destroyed and nine of which went missing.', { drone: [49, 40, null] }],
    ['Сили ППО нейтралізували 75 дронів, з яких 50 збили, а 25 подавили засобами РЕБ.', { drone: [null, 50, 25] }],
    ["Ukraine's air defense destroyed 27 out of 30 drones and one Iskander missile. The missile was launched towards Kryvyi Rih.", { missile: [1, 1, null], drone: [30, 27, null] }],
    ['Ворог запустив крилату ракету типу Х-22 та 14 дронів.', { missile: [1, null, null], drone: [14, null, null] }],
  ],
  'distractors in more forms (round 5)': [
    ['Минулої ночі (з 20:00 вчора до 3:00 сьогодні) противник випустив 14 дронів. Усі вони були знищені.', { drone: [14, 14, null] }],
    ['Russia launched 80 drones overnight, starting from 6 p.m. yesterday; 70 were downed.', { drone: [80, 70, null] }],
    ['From the evening of January 25 to the morning of January 26, air defense shot down 50 drones.', { drone: [null, 50, null] }],
    ['Противник атакував 80 дронами, збито 70. Над Переяславщиною знищили ворожий безпілотник. На рахунку формування вже 26 збитих цілей.', { drone: [80, 70, null] }],
    ['Russia launched 4,132 drones over the month of August. Overnight it launched 80 drones.', { drone: [80, null, null] }],
    ['Ukraine shot down all 24 drones. All 24 were destroyed by anti-aircraft missile units and mobile fire groups.', { drone: [24, 24, null] }],
    ['Повітряний напад відбивали зенітні ракетні війська. Противник атакував 80 ударними БпЛА. Усі вони збиті.', { drone: [80, 80, null] }],
    ['Сили оборони знищили 22 дрони. Ще три знищили на Херсонщині, один – на Миколаївщині.', { drone: [null, 22, null] }],
    ['Загинули 2 людини, 14 поранено. Противник атакував 80 ударними БпЛА.', { drone: [80, null, null] }],
    ['За минулий тиждень росія випустила понад 1200 дронів, 800 КАБів та 40 ракет. Цієї ночі противник атакував 80 ударними БпЛА.', { drone: [80, null, null] }],
    ['Міноборони РФ заявило, що за ніч збили 40 українських БпЛА. Водночас Повітряні сили повідомили, що збито 70 з 80 дронів.', { drone: [80, 70, null], other: [null, 40, null] }],
  ],
  'the split of a neutralised total in more forms (round 5)': [
    ['Знешкоджено 112 ворожих БпЛА: 74 збито, 38 – подавлені засобами РЕБ.', { drone: [null, 74, 38] }],
    ['Противник атакував 120 дронами. Знешкоджено 112 БпЛА. З них 74 збито, а 38 – локаційно втрачені.', { drone: [120, 74, 38] }],
    ['Russia launched 120 drones. Air defence neutralised 112: 74 were shot down and 38 were lost to EW.', { drone: [120, 74, 38] }],
    ['Протиповітряною обороною знешкоджено 75 ворожих БпЛА. 50 із них збито вогневими засобами, 25 – подавлено засобами РЕБ.', { drone: [null, 50, 25] }],
  ],
  'outcomes in more forms (round 5)': [
    ['Противник атакував 100 дронами, серед яких близько 60 «шахедів».', { drone: [100, null, null], shaheds: 60, qualifiers: { shaheds: 'about' } }],
    ['Russia launched 100 drones, including around 60 Shahed-type attack drones.', { drone: [100, null, null], shaheds: 60, qualifiers: { shaheds: 'about' } }],
    ['На трьох локаціях зафіксовано падіння уламків.', { placesDebris: 3 }],
    ['На 5 локаціях зафіксовано влучання 10 ударних БпЛА.', { hits: [null, 10], placesHit: 5 }],
    ['Ще на 3 локаціях – падіння уламків.', { placesDebris: 3 }],
    ['A missile and 10 drones hit five locations.', { hits: [1, 10], placesHit: 5 }],
    ['Russia launched 100 drones; 85 were downed, and 10 hit targets in 5 locations. Debris fell in 3 more locations.', { drone: [100, 85, null], hits: [null, 10], placesHit: 5, placesDebris: 3 }],
    ['Russia launched 100 drones; 85 were downed. Strikes were recorded at 5 locations and debris fell at 3.', { drone: [100, 85, null], placesHit: 5, placesDebris: 3 }],
    ['Russia launched 100 drones; 85 were downed. Ten drones reached their targets in five locations.', { drone: [100, 85, null], hits: [null, 10], placesHit: 5 }],
    ['Противник атакував 100 БпЛА, збито 85. 10 дронів досягли цілей.', { drone: [100, 85, null], hits: [null, 10] }],
    ['Russia launched 100 drones; 85 were destroyed before they reached their targets.', { drone: [100, 85, null] }],
    ['Russia launched 100 drones; 85 were downed. At least 12 drones might have reached their targets.', { drone: [100, 85, null] }],
    ['Russia launched 88 drones. 61 were shot down or suppressed. Hits by 27 drones were recorded at 10 locations, with downed debris falling at three.', { drone: [88, 61, null], hits: [null, 27], placesHit: 10, placesDebris: 3 }],
    ['Russia launched 88 drones. 61 were shot down. The air force recorded 27 drone strikes in 10 locations and falling debris in three.', { drone: [88, 61, null], hits: [null, 27], placesHit: 10, placesDebris: 3 }],
    ['Протиповітряна оборона знешкодила 95 російських БпЛА. Проте 19 дронів влучили в 12 місцях, у чотирьох — впали уламки.', { drone: [null, 95, null], hits: [null, 19], placesHit: 12, placesDebris: 4 }],
  ],
  'tallies and other periods in more forms (round 5)': [
    ['During the week, Russia used 1,300 drones, 1,200 glide bombs and 50 missiles against Ukraine. Overnight, Russia launched 80 drones, 70 of which were shot down.', { drone: [80, 70, null] }],
    ['Over the past 24 hours, Russian forces launched 1,300 drones and 1,200 guided bombs. Overnight, Russia launched 80 drones, 70 of which were shot down.', { drone: [80, 70, null] }],
    ['In September, Russia launched a record 6,000 drones. Overnight, Russia launched 80 drones, 70 of which were shot down.', { drone: [80, 70, null] }],
    ['У вересні Росія запустила рекордні 6000 дронів. Вночі противник атакував 80 ударними БпЛА, збито 70.', { drone: [80, 70, null] }],
    ['From the start of the full-scale invasion, Russia has launched 30,000 drones. Overnight, Russia launched 80 drones.', { drone: [80, null, null] }],
    ['Russia launched 4,132 long-range drones at Ukraine in overnight attacks over the month of August.', {}],
    ['Ukraine says it downed all but 1 Iran-made drone that Russia launched. Air defense forces shot down 58 out of 59 drones launched by Russia overnight.', { drone: [59, 58, null] }],
    ['20 drones shot down over Kyiv\n\nThe Air Force said that some 20 Iran-made drones were shot down over Kyiv.', {}],
    ["Russia's Defence Ministry said its air defences destroyed 67 Ukrainian drones: 24 over the Bryansk region, 2 UAVs each over the Kursk, Leningrad, and Tula regions and 1 each over the Kaluga and Oryol regions.", { drone: [null, 67, null] }],
    ['За даними Міністерства оборони Російської Федерації, збито 48 українських БПЛА. Ще по 10 безпілотників було знищено над Бєлгородською областю та Краснодарським краєм.', { drone: [null, 48, null] }],
  ],
  'verbs the parser knows, and the ones it does not (round 5)': [
    ['Russia launched 60 drones; Ukrainian forces took out 50.', { drone: [60, 50, null] }],
    ['Russia launched 60 drones; 50 were taken out.', { drone: [60, 50, null] }],
    ['Росія запустила 60 дронів, ППО приземлила 50.', { drone: [60, 50, null] }],
    // Verbs the parser does not know leave the count unread, never launched again.
    ['Russia launched 60 drones; air defence stopped 50.', { drone: [60, null, null] }],
    ['Росія запустила 60 дронів, сили оборони відбили 50.', { drone: [60, null, null] }],
    ['Russia hurled 60 drones at Ukraine overnight.', { drone: [60, null, null] }],
    ['Russia employed 60 drones overnight.', { drone: [60, null, null] }],
    ['Росія спрямувала 60 дронів на Україну.', { drone: [60, null, null] }],
    ['Ворог вдарив 60 дронами.', { drone: [60, null, null] }],
    ['Ворог запускав 60 дронів.', { drone: [60, null, null] }],
    ['Окупанти запустили 60 дронів. Збили 50, 10 – локаційно втратили.', { drone: [60, 50, 10] }],
    ['Росіяни вночі атакували 60 дронами: 50 вдалося знешкодити.', { drone: [60, 50, null] }],
    ['Russia attacked with 60 drones overnight, 50 of which were neutralised, while 10 hit five locations.', { drone: [60, 50, null], hits: [null, 10], placesHit: 5 }],
    ['Russia launched 50 explosive-laden drones and 5 Kh-31P anti-radar missiles.', { missile: [5, null, null], drone: [50, null, null] }],
    ['Ворог запустив 5 протикорабельних ракет Онікс та 50 «Гераней».', { missile: [5, null, null], drone: [50, null, null] }],
  ],
  "Russia's claim in a paragraph before the Air Force's figures (round 5)": [
    ['Міноборони РФ заявило, що за ніч знищено 25 українських БпЛА над Брянською областю та Кримом.\n\nСтаном на 09:00 підтверджено збиття 36 ударних БпЛА типу Shahed. Ще 6 безпілотників-імітаторів локаційно втрачені. Противник атакував 62 ударними БпЛА.', { drone: [62, 36, 6], other: [null, 25, null] }],
    ['Міноборони РФ заявило, що за ніч знищено 25 українських БпЛА.\n\n14 безпілотників типу Shahed випустили минулої ночі російські окупанти по території України. 11 з них вдалося збити.', { drone: [14, 11, null], other: [null, 25, null] }],
    ["Russia's Defence Ministry said its air defences destroyed 25 Ukrainian drones overnight.\n\nAs of 9:00, 36 Shahed-type drones were confirmed shot down. Another 6 decoys were lost. Russia launched 62 drones.", { drone: [62, 36, 6], other: [null, 25, null] }],
  ],
  'links to other stories, captions and numbers in thousands (round 5)': [
    ['Противник атакував 62 ударними БпЛА.\n\nЧитайте також: ППО збила 45 із 50 дронів, якими росія атакувала Україну\n\nЗбито 36 БпЛА.', { drone: [62, 36, null] }],
    ['Russia launched 62 drones overnight.\n\nRead also: Ukraine downs 45 of 50 Russian drones launched overnight\n\nAir defence shot down 36 drones.', { drone: [62, 36, null] }],
    ['Противник атакував 62 ударними БпЛА, збито 36.\n\nЗ початку повномасштабного вторгнення сили ППО знищили понад 30 тисяч дронів.', { drone: [62, 36, null] }],
    ["Russia's Defence Ministry said it downed 40 Ukrainian drones.\n\n\"Forty fixed-wing UAVs have been shot down,\" the ministry said.\n\nUkraine's air force said Russia launched 62 drones.", { drone: [62, null, null], other: [null, 40, null] }],
  ],
  'Ukrainian number words in more forms (round 5)': [
    ['Противник атакував ста двадцятьма вісьмома дронами.', { drone: [128, null, null] }],
    ['Противник запустив тисячу дронів.', { drone: [1000, null, null] }],
    ['Ворог запустив 12 ракет і три сотні дронів.', { missile: [12, null, null], drone: [300, null, null] }],
    ['Ворог запустив сотні дронів за тиждень. Вночі ворог атакував 60 дронами.', { drone: [60, null, null] }],
    ['Збито одинадцять із дванадцяти дронів.', { drone: [12, 11, null] }],
    ['Противник атакував 40 ракетами та 400 БпЛА. Збито 30 ракет та 380 БпЛА. 5 ракет та 20 дронів досягли цілей.', { missile: [40, 30, null], drone: [400, 380, null], hits: [5, 20] }],
  ],
  'a weekend is a period, not this night (round 6)': [
    ['Over the weekend, Russia launched 120 drones at Ukraine on Saturday night and 85 on Sunday night, the air force said.', {}],
    ['Over the weekend Russia fired 300 drones at Ukraine. Overnight, Russia launched 60 drones, 50 of which were shot down.', { drone: [60, 50, null] }],
    ['На вихідних Росія запустила по Україні 120 дронів у ніч на суботу та 85 у ніч на неділю.', {}],
    ['За вихідні ворог випустив 300 дронів. Вночі противник атакував 60 ударними БпЛА, збито 50.', { drone: [60, 50, null] }],
  ],
  'Ukrainian verb forms in more genders, numbers and as gerunds (round 6)': [
    ['Противник атакував 60 ударними БпЛА. Ліквідовані 50 ворожих дронів.', { drone: [60, 50, null] }],
    ['Противник атакував 60 ударними БпЛА, ліквідовано 50.', { drone: [60, 50, null] }],
    ['Ворог атакував 60 дронами, сили ППО відбили атаку, знищивши 50 з них.', { drone: [60, 50, null] }],
    ['Ворог запустив 3 ракети Х-59. Сили ППО відпрацювали, перехопивши дві з них.', { missile: [3, 2, null] }],
  ],
  'clock times in words and with the part of the day (round 6)': [
    ['Starting at eleven in the evening, Russia launched 50 drones; 45 were downed by seven in the morning.', { drone: [50, 45, null] }],
    ['Russia launched 50 drones between eleven in the evening and 6 a.m.; 45 were shot down by seven o’clock.', { drone: [50, 45, null] }],
    ['Противник атакував 50 дронами з 11 вечора до 7 ранку, збито 45.', { drone: [50, 45, null] }],
    ['Починаючи з одинадцятої вечора, противник атакував 50 дронами, до сьомої ранку збито 45.', { drone: [50, 45, null] }],
  ],
  'a participle between commas before the verb of the count (round 6)': [
    ['Усі 50 дронів, запущених росією, були збиті.', { drone: [50, 50, null] }],
    ['All 50 drones, launched by Russia from Kursk, were shot down.', { drone: [50, 50, null] }],
    ['Росія запустила 50 дронів. 45 дронів, випущених з Курська, збито.', { drone: [50, 45, null] }],
    ['Russia launched 50 drones. 45 drones, launched from Kursk and Orel, were shot down.', { drone: [50, 45, null] }],
  ],
  'a weapon counted with "fired from <place>" was launched (round 6)': [
    ['The Air Force reported that two Russian kalibr cruise missiles fired from a ship in the Black Sea were shot down by air defences, while information about the impact of an Iskander-M ballistic missile fired from Crimea was still being collected.', { missile: [3, 2, null] }],
    ['Two Kalibr cruise missiles fired from a ship in the Black Sea were shot down.', { missile: [2, 2, null] }],
    ['Силами ППО збито дві ракети «Калібр», випущені з акваторії Чорного моря.', { missile: [2, 2, null] }],
    // A launched count given elsewhere wins: the ones fired from one place are only a part.
    ['Russia launched 50 drones. 20 drones launched from Kursk were shot down.', { drone: [50, 20, null] }],
    ['Росія запустила 10 ракет. Збито дві ракети «Калібр», випущені з акваторії Чорного моря.', { missile: [10, 2, null] }],
  ],
  'collective numerals and "сотнями" (round 7)': [
    ["Росія запустила 50 дронів. 45 з них збито, п'ятеро – локаційно втрачено.", { drone: [50, 45, 5] }],
    ['Russia launched 50 drones. 45 of them were shot down, five were lost from radar.', { drone: [50, 45, 5] }],
    ['Ворог атакував двома сотнями дронів, збито 180.', { drone: [200, 180, null] }],
    ['Russia attacked with two hundred drones, 180 were shot down.', { drone: [200, 180, null] }],
  ],
  'decoys named "drone simulators" (round 7)': [
    ['Russia attacked with 72 drones. Air defense shot down 33 drones. Another 34 enemy drones-simulators were lost in location.', { drone: [72, 33, 34] }],
    ['Russia attacked with 72 drones. Air defense shot down 33 drones. Another 34 drone simulators were lost from radar.', { drone: [72, 33, 34] }],
    ['Росія атакувала 72 дронами. ППО збила 33 дрони. Ще 34 безпілотники-імітатори локаційно втрачено.', { drone: [72, 33, 34] }],
  ],
  'a count in a clause of its own after the hits is not a hit (round 7)': [
    ['The overnight barrage included 297 drones and 50 missiles. Approximately 274 drones and 33 missiles were shot down or neutralised. The remaining 14 missiles and 23 drones struck 14 locations, it said, with three missiles unaccounted for.', { missile: [50, 33, null], drone: [297, null, null], hits: [14, 23], placesHit: 14 }],
    ['Росія випустила 10 ракет та 50 дронів, збито 40 дронів. Зафіксовано влучання 5 ракет та 8 ударних БпЛА на 6 локаціях, водночас 3 ракети досі не знайдені.', { missile: [10, null, null], drone: [50, 40, null], hits: [5, 8], placesHit: 6 }],
  ],
  'negations of ability, and a launch participle between commas (round 7)': [
    ["Ukraine's Air Force was not able to down the other aerial target, a single Iskander-M ballistic missile, launched overnight. Air defense shot down 20 of the 22 Shahed drones.", { missile: [1, 0, null], drone: [22, 20, null] }],
    ['ППО збила 20 з 22 дронів. Збити балістичну ракету «Іскандер-М», запущену вночі з Курської області, не вдалося.', { missile: [1, 0, null], drone: [22, 20, null] }],
    ['Росія запустила 10 ракет та 50 дронів. Збито 6 ракет та 45 дронів, чотири балістичні ракети перехопити не вдалося.', { missile: [10, 6, null], drone: [50, 45, null] }],
    ['Сили ППО не змогли збити 4 балістичні ракети. Росія запустила 10 ракет, 6 з них збито.', { missile: [10, 6, null] }],
    ['Air defences were unable to intercept 4 ballistic missiles. Russia launched 10 missiles, 6 of which were shot down.', { missile: [10, 6, null] }],
  ],
  '"a total of" right after a verb is that verb\'s count (round 7)': [
    ['Russian air defences destroyed a total of 41 Ukrainian-launched drones, the ministry said.', { drone: [null, 41, null] }],
    ['Сили ППО знищили загалом 41 дрон.', { drone: [null, 41, null] }],
    ['Russia launched a total of 50 drones; air defence destroyed a total of 41.', { drone: [50, 41, null] }],
  ],
  'outcomes of an earlier attack are not the night\'s (round 7)': [
    ["Росія запустила 16 дронів та 6 крилатих ракет, збито 10 дронів і 4 ракети. Ще дві крилаті ракети влучили в цивільний об'єкт під час попередньої атаки в четвер увечері.", { missile: [6, 4, null], drone: [16, 10, null] }],
    ['Russian forces launched 16 drones and six cruise missiles; 10 drones and four missiles were shot down. Two other cruise missiles had struck a civilian object during an earlier attack on Thursday evening.', { missile: [6, 4, null], drone: [16, 10, null] }],
    ['Russian forces launched 16 drones and six cruise missiles; 10 drones and four missiles were shot down. Two cruise missiles struck a civilian object in Cherkasy.', { missile: [6, 4, null], drone: [16, 10, null], hits: [2, null] }],
  ],
  'a case ending before a place noun, and "уразили" as a hit (round 7)': [
    ['Росія запустила 50 дронів, збито 40. Зафіксовано влучання 8-ми ударних БпЛА на 4-х локаціях та падіння уламків на 1-й локації.', { drone: [50, 40, null], hits: [null, 8], placesHit: 4, placesDebris: 1 }],
    ['Russia launched 50 drones, 40 were shot down. Hits by 8 attack drones were recorded at 4 locations, and debris fell at 1 location.', { drone: [50, 40, null], hits: [null, 8], placesHit: 4, placesDebris: 1 }],
    ['Росія запустила 50 дронів, збито 40. Вісім ударних дронів уразили цілі на чотирьох локаціях.', { drone: [50, 40, null], hits: [null, 8], placesHit: 4 }],
    ['Russia launched 50 drones, 40 were shot down. Eight attack drones struck targets at four locations.', { drone: [50, 40, null], hits: [null, 8], placesHit: 4 }],
  ],
  'drones led off course are lost (round 8)': [
    ["Ukraine's Defense Forces shot down 20 Russian drones overnight, while 11 more veered off their intended course. Russia attacked with 31 drones.", { drone: [31, 20, 11] }],
    ['Russia launched 31 drones; 20 were shot down and 11 deviated from their course.', { drone: [31, 20, 11] }],
    ['Ворог атакував 31 дроном. Сили ППО збили 20 дронів, ще 11 відхилилися від курсу.', { drone: [31, 20, 11] }],
    ['Ворог атакував 31 дроном: 20 збито, 11 зійшли з маршруту.', { drone: [31, 20, 11] }],
  ],
  'the combined figure with its second verb in brackets (round 8)': [
    ['Протиповітряною обороною збито (подавлено) 60 ворожих дронів. Ворог атакував 72 БпЛА.', { drone: [72, 60, null] }],
    ['Сили ППО збили (подавили) 60 з 72 ворожих дронів.', { drone: [72, 60, null] }],
    ['Air defense shot down (suppressed) 60 drones. The enemy attacked with 72 drones.', { drone: [72, 60, null] }],
  ],
  'the count of an attack that was repelled is what was launched (round 8)': [
    ['ППО відбивала атаку 72 дронів, 60 із яких збито.', { drone: [72, 60, null] }],
    ['Сили оборони відбили атаку 72 ударних БпЛА: 60 збито, 12 локаційно втрачено.', { drone: [72, 60, 12] }],
    ['Ukraine repelled an attack by 72 drones, shooting down 60.', { drone: [72, 60, null] }],
    ['Air defense repelled an attack by 72 drones; 60 were destroyed and 12 were lost locationally.', { drone: [72, 60, 12] }],
    ['An attack by Russia on Kyiv killed two people. Russia launched 70 drones, 60 of which were shot down.', { drone: [70, 60, null] }],
  ],
  '"з них", "of them" after a comma: the count before keeps its own verb (round 8)': [
    ['Росія атакувала Україну 653 дронами та 51 ракетою, з них збито/подавлено 617 дронів і 30 ракет.', { missile: [51, 30, null], drone: [653, 617, null] }],
    ['Russia attacked with 653 drones and 51 missiles, of them 617 drones and 30 missiles were shot down.', { missile: [51, 30, null], drone: [653, 617, null] }],
  ],
  'a list joined by "as well as" or "а також" before the hit verb it shares': [
    ['Two ballistic missiles as well as 19 combat UAVs were recorded hitting 11 locations.', { hits: [2, 19], placesHit: 11 }],
    ['Дві балістичні ракети, а також 19 ударних БпЛА влучили у 11 локацій.', { hits: [2, 19], placesHit: 11 }],
  ],
  '"striking" and "hitting": a hit after a count, a launch before "with" (round 8)': [
    ["Ukraine's air defense neutralized 100 of the 128 drones Russia launched overnight, with 25 drones striking 13 locations.", { drone: [128, 100, null], hits: [null, 25], placesHit: 13 }],
    ['Russia launched 128 drones, 100 of which were shot down, with 25 striking targets at 13 locations.', { drone: [128, 100, null], hits: [null, 25], placesHit: 13 }],
    ['Russia attacked overnight, hitting Ukraine with 51 missiles and 653 drones. Defenders intercepted 585 drones and 30 missiles, but 29 locations were hit.', { missile: [51, 30, null], drone: [653, 585, null], placesHit: 29 }],
    ['Russia launched 128 drones, striking energy facilities in 5 regions. Air defense shot down 100.', { drone: [128, 100, null] }],
    ['ППО знешкодила 100 із 128 дронів, запущених росією, а 25 дронів уразили цілі на 13 локаціях.', { drone: [128, 100, null], hits: [null, 25], placesHit: 13 }],
    ['Ворог атакував 128 дронами, 100 з них знешкоджено, ще 25 ударних БпЛА влучили на 13 локаціях.', { drone: [128, 100, null], hits: [null, 25], placesHit: 13 }],
  ],
  'a Ukrainian impersonal form the parser does not know is the count\'s own, never the verb before (round 8)': [
    ['Ворог запустив 80 дронів, 70 збито, 10 відведено.', { drone: [80, 70, null] }],
    ['Ворог запустив 80 дронів, 70 збито, 10 локаційно загублено.', { drone: [80, 70, 10] }],
    ['Ворог запустив 80 дронів, 70 збито, 10 загубилися локаційно.', { drone: [80, 70, 10] }],
    ['Ворог запустив 80 дронів, з них 70 успішно знешкоджено.', { drone: [80, 70, null] }],
    ['Russia launched 80 drones, 70 were shot down and 10 were redirected.', { drone: [80, 70, null] }],
  ],
  'a weapon of the other category in the singular is one more weapon, not an aggregate (round 8)': [
    ['Ворог атакував 62 дронами та ракетою Іскандер-М. Збито 40 дронів, ракета влучила у Харків.', { missile: [1, null, null], drone: [62, 40, null] }],
    ['Ворог атакував 62 дронами та балістичною ракетою. Збито 40 дронів.', { missile: [1, null, null], drone: [62, 40, null] }],
    ['Ворог атакував 62 дронами. Збито 40 дронів, ракета влучила у Харків.', { drone: [62, 40, null] }],
    ['Russia attacked with 62 drones and a missile. 40 drones were shot down.', { missile: [1, null, null], drone: [62, 40, null] }],
    ['Ворог атакував 62 ракетами та дронами. Збито 40.', {}],
  ],
  'the whole after a part: "of Russia\'s 70", "із загальної кількості 70" (round 8)': [
    ["Ukraine downed 65 of Russia's 70 drones.", { drone: [70, 65, null] }],
    ['Ukrainian forces neutralised 65 drones out of a total of 70.', { drone: [70, 65, null] }],
    ['Сили ППО знешкодили 65 дронів із загальної кількості 70.', { drone: [70, 65, null] }],
    ['Сили ППО знешкодили 65 із загальної кількості 70 дронів.', { drone: [70, 65, null] }],
  ],
  'a count before "65 of them" or ", destroying 65" does not take their verb (round 8)': [
    ['Всього в повітряному просторі фіксувалися 70 ворожих дронів, 65 з них знешкоджено.', { drone: [null, 65, null] }],
    ["Ukraine's air defenses engaged 70 Russian drones overnight, destroying 65.", { drone: [null, 65, null] }],
    ['Radar tracked 70 Russian drones overnight; 65 were neutralized.', { drone: [null, 65, null] }],
    ['Над Україною фіксували 70 ворожих безпілотників. 65 знешкоджено.', { drone: [null, 65, null] }],
    ['Russia launched 45 drones, 20 missiles were shot down.', { drone: [45, null, null], missile: [null, 20, null] }],
    ['Russia launched 70 drones, 65 of them were destroyed.', { drone: [70, 65, null] }],
  ],
  '"з них близько 60 шахедів", "of them about 60 Shaheds": the Shaheds among the drones (round 8)': [
    ['Ворог атакував 100 дронами типу Shahed, Гербера та іншими, з них близько 60 шахедів. Збито 80.', { drone: [100, 80, null], shaheds: 60, qualifiers: { shaheds: 'about' } }],
    ['Russia launched 100 drones, of them about 60 Shaheds. 80 were shot down.', { drone: [100, 80, null], shaheds: 60, qualifiers: { shaheds: 'about' } }],
    ['Ворог атакував 100 дронами, з них 80 шахедів збито.', { drone: [100, 80, null] }],
    ['Russia launched 100 drones; of them 80 Shaheds were shot down.', { drone: [100, 80, null] }],
  ],
  'a share in per cent between a count and its verb (round 8)': [
    ['Russia launched 80 drones; 70, or 87.5%, were shot down.', { drone: [80, 70, null] }],
    ['Russia launched 80 drones; 70 (nearly 90 percent) were shot down.', { drone: [80, 70, null] }],
    ['Росія запустила 80 дронів; 70 з них (майже 90%) збито.', { drone: [80, 70, null] }],
    ['Росія запустила 80 дронів, 70 (понад 87 відсотків) збито.', { drone: [80, 70, null] }],
  ],
  '"respectively", "відповідно": bare counts take the weapons just counted, in order (round 8)': [
    ['Russia launched 80 drones and 5 missiles, 70 and 3 of which, respectively, were shot down.', { missile: [5, 3, null], drone: [80, 70, null] }],
    ['Russia launched 80 drones and 5 missiles, of which 70 and 3 respectively were destroyed.', { missile: [5, 3, null], drone: [80, 70, null] }],
    ['Russia launched 80 drones and 5 missiles. Air defenses downed 70 and 3, respectively.', { missile: [5, 3, null], drone: [80, 70, null] }],
    ['Противник застосував 80 дронів і 5 ракет, з яких відповідно 70 і 3 збито.', { missile: [5, 3, null], drone: [80, 70, null] }],
    ['Ворог запустив 80 дронів і 5 ракет. Збито відповідно 70 і 3.', { missile: [5, 3, null], drone: [80, 70, null] }],
  ],
  '"російських дронів", like "Russian drones", speaks of attacks on Ukraine (round 8)': [
    ['У Росії заявили про 75 збитих українських дронів. В Україні ж ППО знешкодила 70 із 90 російських дронів.', { drone: [90, 70, null], other: [null, 75, null] }],
    ['Russia said it downed 75 Ukrainian drones. In Ukraine, air defense neutralized 70 of 90 Russian drones.', { drone: [90, 70, null], other: [null, 75, null] }],
  ],
  '"обох", "обома": both, in their other cases (round 8)': [
    ['Росія запустила 2 балістичні ракети і 50 дронів. Збито 40 дронів. Зафіксовано влучання обох ракет та 8 дронів на 5 локаціях.', { missile: [2, null, null], drone: [50, 40, null], hits: [2, 8], placesHit: 5 }],
    ['Russia launched 2 ballistic missiles and 50 drones. 40 drones were shot down. Hits by both missiles and 8 drones were recorded at 5 locations.', { missile: [2, null, null], drone: [50, 40, null], hits: [2, 8], placesHit: 5 }],
    ['Росія атакувала обома ракетами Іскандер-М та 50 дронами. Збито 40 дронів.', { missile: [2, null, null], drone: [50, 40, null] }],
    ['Внаслідок атаки поранено обох водіїв. Росія запустила 50 дронів, 40 збито.', { drone: [50, 40, null] }],
  ],
  '"it was shot down", "її збито": a pronoun for the one weapon just counted as one (round 8)': [
    ['Russia also fired an Iskander-M ballistic missile. It was shot down.', { missile: [1, 1, null] }],
    ['Russia launched 40 drones and a Kh-59 missile, which was shot down along with 30 drones.', { missile: [1, 1, null], drone: [40, 30, null] }],
    ['Russia launched 40 drones and a Kh-59 missile. The air force said it shot down 30 drones.', { missile: [1, null, null], drone: [40, 30, null] }],
    ['Russia launched 40 drones and 2 missiles; it was the third attack this week.', { missile: [2, null, null], drone: [40, null, null] }],
    ['Ворог також випустив ракету Х-59. Її збито.', { missile: [1, 1, null] }],
    ['Ворог запустив 40 дронів і ракету Х-59, яку збито разом із 30 дронами.', { missile: [1, 1, null], drone: [40, 30, null] }],
    ['Ворог запустив 40 дронів і 2 ракети. Її збито.', { missile: [2, null, null], drone: [40, null, null] }],
  ],
  'a negated shot-down verb on the whole of a launch is none shot down; on a part, nothing (round 8)': [
    ["Ukrainian air defense shot down 20 of the 22 attack drones launched by Russia overnight. The Air Force was not able to down the other aerial target, a single Iskander-M ballistic missile, launched overnight.", { missile: [1, 0, null], drone: [22, 20, null] }],
    ['Russia launched 2 missiles and 100 drones. Air defense failed to intercept the 2 missiles but shot down 70 drones.', { missile: [2, 0, null], drone: [100, 70, null] }],
    ['Ворог запустив 2 ракети Іскандер-М та 100 дронів. Збито 70 дронів, 2 ракети збити не вдалося.', { missile: [2, 0, null], drone: [100, 70, null] }],
    ['Russia launched 100 drones; 70 were shot down, 30 were not intercepted.', { drone: [100, 70, null] }],
    ['Ворог запустив 100 дронів. Збито 70, ще 30 не вдалося збити.', { drone: [100, 70, null] }],
  ],
  'a bare count before a preposition of place keeps its verb (round 8)': [
    ['У ніч на 20 жовтня ворог атакував 80 дронами з 5 напрямків. Збито 70 у 12 областях.', { drone: [80, 70, null] }],
    ['Ворог атакував 80 дронами. Збито 70 на півночі, півдні та сході країни.', { drone: [80, 70, null] }],
    ['Russia launched 80 drones from 5 directions in 3 waves. 70 were shot down over 12 oblasts.', { drone: [80, 70, null] }],
    ['Russia launched 80 drones. Air defense shot down 70 in 12 regions.', { drone: [80, 70, null] }],
  ],
  'drones that left for Russia or Belarus are neither shot down nor lost (round 10)': [
    ['Атакували 36 ударних БпЛА. Збито 20 ударних БпЛА. 14 ворожих БпЛА – локаційно втрачено (без негативних наслідків), 1 – у повітряному просторі Курської області (прямує на Росію).', { drone: [36, 20, 14] }],
    ['Ворог запустив 40 дронів. Збито 30, 8 локаційно втрачено, ще 2 полетіли в бік Білорусі.', { drone: [40, 30, 8] }],
    ['Russia launched 40 drones overnight. 30 were shot down, 8 were locationally lost and 2 flew into Belarus.', { drone: [40, 30, 8] }],
    ['Russia launched 40 drones. 30 were downed and 8 were lost, while 2 crossed into Belarusian airspace.', { drone: [40, 30, 8] }],
  ],
  'models of different classes that the text calls one class are that class, not every missile (round 10)': [
    ['Окупанти вночі атакували шістьма балістичними ракетами Іскандер-М/С-400, 28 крилатими ракетами Х-101 та 405 дронами.', { missile: [34, null, null], drone: [405, null, null] }],
    ['In total, 59 air attack means were recorded: 36 Shahed attack UAVs; 5 Kh-47M2 Kinzhal aeroballistic missiles; 14 ballistic missiles of the Iskander-M and S-400 types; 4 Kh-31P anti-radar missiles.', { missile: [23, null, null], drone: [36, null, null] }],
  ],
  '"Зокрема", "in particular": the exact parts of a rounded whole take its verb (round 10)': [
    ['У ніч проти 14 травня ворог запустив майже 300 дронів. Зокрема, 296 ударних БпЛА типу Shahed та дронів-імітаторів різних типів. За даними Повітряних сил, 178 дронів збито, 102 – локаційно втрачені.', { drone: [296, 178, 102] }],
    ['Ворог запустив по Україні майже 370 засобів повітряного нападу. Зокрема, 298 ударних БпЛА та імітаторів і 69 ракет різних типів. Збито 45 ракет і 266 дронів.', { missile: [69, 45, null], drone: [298, 266, null] }],
    ['Russia launched nearly 300 drones overnight. In particular, 296 Shahed attack drones and decoys, as well as 5 Kh-59 missiles. 178 drones were shot down.', { missile: [5, null, null], drone: [296, 178, null] }],
  ],
  '"Над Харківщиною", "над Одеською областю": one region\'s count, not the country\'s (round 10)': [
    ['Над Харківщиною збито 5 дронів\n\nУ ніч на 3 квітня росіяни атакували Україну 78 ударними БпЛА. Станом на 09:00 збито 42 дрони, 28 – локаційно втрачено.', { drone: [78, 42, 28] }],
    ['Загалом по Україні противник застосував 167 ударних БпЛА. Збито 110 дронів, 56 – локаційно втрачено. Над Одеською областю знищено 11 безпілотників.', { drone: [167, 110, 56] }],
  ],
  'a Ukrainian object before its subject and verb: "546 дронів сили ППО збили" (round 10)': [
    ['Росія випустила по Україні 574 ударні БпЛА та 40 ракет. Із них 546 дронів та 31 ракету сили ППО збили або подавили.', { missile: [40, 31, null], drone: [574, 546, null] }],
    ['Ворог атакував 50 дронами, сили ППО збили усі.', { drone: [50, 50, null] }],
  ],
  'lists joined by ", as well as", ", а також"; "guided aerial missiles" (round 10)': [
    ['Russia attacked with 4 Iskander-M missiles, 12 Kh-101 missiles and 135 drones. As of 09:00, 3 ballistic missiles and 11 cruise missiles, as well as 86 enemy UAVs, have been confirmed shot down.', { missile: [16, 14, null], drone: [135, 86, null] }],
    ['Ворог атакував 3 ракетами та 90 дронами. 2 ракети, а також 80 БпЛА було збито.', { missile: [3, 2, null], drone: [90, 80, null] }],
    ['The enemy attacked with 2 KN-23 ballistic missiles, 4 Kh-59/69 guided aerial missiles and 103 Shahed drones.', { missile: [6, null, null], drone: [103, null, null] }],
  ],
  'a negated shot-down verb on all of a weapon named without a count is none shot down (round 10)': [
    ['Russia launched 18 drones; 16 were shot down. Russia also attacked with two Kh-59 guided missiles, which were not shot down.', { missile: [2, 0, null], drone: [18, 16, null] }],
    ['Russia launched one ballistic missile and 23 drones. Of those, 20 drones were shot down. The Iskander-M missile was not intercepted.', { missile: [1, 0, null], drone: [23, 20, null] }],
    ['Всього ворог застосував 87 засобів повітряного нападу: 85 ударних БпЛА і 2 балістичні ракети Іскандер-М. Балістичні ракети збити не вдалося.', { missile: [2, 0, null], drone: [85, null, null] }],
    ['Ворог випустив 2 ракети Х-59 та 40 дронів. Збито 35 дронів. Їх не вдалося збити лише п\'ять.', { missile: [2, null, null], drone: [40, 35, null] }],
    ['Ворог випустив 2 ракети Х-59. Їх не вдалося збити.', { missile: [2, 0, null] }],
    ['Russia launched 30 drones. 28 were shot down; 2 of them were not intercepted.', { drone: [30, 28, null] }],
  ],
  'aircraft and ships that carried the missiles are not counts of missiles (round 10)': [
    ['У ніч на 21 вересня (з 04:00) зафіксовано пуски 43 крилатих ракет Х-101/Х-555 з 10 стратегічних бомбардувальників Ту-95МС з району Каспійського моря. Силами та засобами протиповітряної оборони знищено 36 крилатих ракет.', { missile: [43, 36, null] }],
    ['Всього противник випустив 81 ракету: 28 крилатих ракет Х-101/Х-555 з 8 стратегічних бомбардувальників Ту-95МС; 6 аеробалістичних ракет Х-47М2 «Кинджал» з 6 літаків МіГ-31К; 47 інших ракет. Знищено 34 крилаті ракети.', { missile: [81, 34, null] }],
    ['Russia launched 43 Kh-101 cruise missiles from 10 Tu-95MS strategic bombers overnight. 36 were destroyed.', { missile: [43, 36, null] }],
    ['Russia fired 9 Kalibr missiles from 2 warships in the Black Sea; 7 of them were shot down.', { missile: [9, 7, null] }],
  ],
  'the Air Force\'s list: "з Курської обл. – РФ", "С-400/Іскандер-М", "were recorded:" (round 10)': [
    ['Всього зафіксовано 117 засобів повітряного нападу:\n– 7 балістичних ракет Іскандер-М/KN-23 (з Брянської, Курської обл. – РФ);\n– 23 крилаті ракети Х-101 (з Саратовської обл. – РФ);\n– 87 ударних БпЛА типу Shahed (з напрямків: Міллерово, Орел).\nПідтверджено збиття 20 крилатих ракет та 47 ударних БпЛА.', { missile: [30, 20, null], drone: [87, 47, null] }],
    ['Всього зафіксовано 18 ракет різних типів:\n– 6 аеробалістичних ракет Х-47М2 «Кинджал»;\n– 9 крилатих ракет «Калібр» з кораблів у Чорному морі;\n– 3 ракети С-400/Іскандер-М з наземних комплексів.\nУсі 18 ракет знищено.', { missile: [18, 18, null] }],
    ['On the night of December 6, the enemy carried out a massive combined strike – 704 means of air attack were recorded:\n🔻 653 attack UAVs of the Shahed, Gerbera types and other drones; about 350 of them are Shaheds;\n🔻 51 missiles:\n– 36 Kh-101 cruise missiles;\n– 15 Kalibr cruise missiles.\nAs of 09:00, air defense shot down/suppressed 620 air targets: 35 missiles and 585 UAVs.', { missile: [51, 35, null], drone: [653, 585, null], shaheds: 350, qualifiers: { shaheds: 'about' } }],
  ],
  'the parts of a whole named after "of them", "це", or a copula take its verb (round 10)': [
    ['The enemy attacked with 90 means of air attack, the Air Force said. Of them, 88 were strike UAVs and 2 were Kh-59/69 guided missiles launched from Kursk Oblast. As of 09:00, 60 drones had been shot down or suppressed.', { missile: [2, null, null], drone: [88, 60, null] }],
    ['Ворог атакував 90 засобами повітряного нападу. З них 88 – ударні БпЛА, 2 – ракети Х-59. Збито 60 дронів.', { missile: [2, null, null], drone: [88, 60, null] }],
    ['Всього ворог застосував 76 засобів повітряного нападу. Це 4 ракети «Калібр», одна Х-59 та 71 БпЛА. Збито 62 дрони.', { missile: [5, null, null], drone: [71, 62, null] }],
    ['Минулої ночі 124 ударні БпЛА та 3 балістичні ракети Іскандер-М ворог запустив з Брянської та Курської областей. Збити вдалося 101 дрон.', { missile: [3, null, null], drone: [124, 101, null] }],
  ],
  'a relative clause\'s verb stays in it; "both of which" is the weapon with two (round 10)': [
    ["Russia launched 112 drones, 72 of which were shot down, and two Iskander-M ballistic missiles, both of which were intercepted. Thirty-six drones were 'lost' in location.", { missile: [2, 2, null], drone: [112, 72, 36] }],
    ["Сили ППО знищили дев'яносто вісім ударних безпілотників зі ста п'яти, якими ворог атакував Україну в ніч на 3 вересня, а також три з чотирьох крилатих ракет Х-101.", { missile: [4, 3, null], drone: [105, 98, null] }],
    ["У ніч на 25 листопада противник атакував Україну п'ятьма балістичними ракетами Іскандер-М та ударними безпілотниками. Всього зафіксовано сорок сім ударних безпілотників типу Shahed-136/131.", { missile: [5, null, null], drone: [47, null, null] }],
  ],
  'launch and loss verbs of the English relays: "involved", "detected 120", "redirected by EW and did not reach" (round 10)': [
    ["The assault involved 479 drones and 20 missiles of various types, Ukraine's Air Force said on Telegram. Ukrainian forces shot down or suppressed 460 targets, including 19 missiles and 441 drones.", { missile: [20, 19, null], drone: [479, 441, null] }],
    ["Ukraine's air force later said it had detected 120 missiles and 90 drones, and had shot down 104 of the missiles and 42 of the drones. A further 41 drones were \"lost\", likely due to electronic warfare, it said.", { missile: [120, 104, null], drone: [90, 42, 41] }],
    ['Russia attacked Ukraine overnight with 75 attack drones and decoys. According to the Air Force, 42 drones were shot down by firepower, while 29 were redirected by electronic warfare and did not reach their targets.', { drone: [75, 42, 29] }],
    ['Radar tracked 70 Russian drones overnight; 65 were neutralized.', { drone: [null, 65, null] }],
  ],
  'a weapon counted, then how many of it were shot down: "8 ракет «Калібр» — 7 знищено" (round 10)': [
    ['Ракетний удар: 17 крилатих ракет Х-101, 13 з них знищено; 8 крилатих ракет «Калібр» з кораблів у Чорному морі — 7 знищено; 2 керовані авіаційні ракети Х-59 — збито 2.', { missile: [27, 22, null] }],
    ['Missile strike: 17 Kh-101 cruise missiles launched from Tu-95MS strategic bombers, 13 of them destroyed. Also 10 Kalibr missiles from ships in the Black Sea, 8 destroyed.', { missile: [27, 21, null] }],
    ['Збито 20 дронів – 15 над Києвом.', { drone: [null, 20, null] }],
  ],
  'records and comparisons are not tonight\'s counts; "засоби ураження" are not hits (round 10)': [
    ["Russia launched nearly 650 drones and missiles at Ukraine overnight, the largest combined attack since the record 810 drones on 7 September, officials said. Ukraine's air force said Russia fired 595 drones and 48 missiles. Air defences shot down or suppressed 568 drones and 43 missiles, the air force said.", { missile: [48, 43, null], drone: [595, 568, null] }],
    ["Russia launched 273 drones at Ukraine overnight, the largest drone attack since the full-scale invasion began, Ukraine's air force said on May 18, 2025. The previous record, 267 drones, was set on Feb. 23. Air defences shot down 88 drones, while another 128 were locationally lost.", { drone: [273, 88, 128] }],
    ['Наймасованіша атака за останній місяць: майже 600 дронів і 40 ракет. Повітряні сили повідомили, що в ніч на 21 серпня росіяни запустили 574 ударні БпЛА та 40 ракет. Знешкоджено 546 дронів і 31 ракету.', { missile: [40, 31, null], drone: [574, 546, null] }],
    ['Повітряні сили повідомили, що окупанти випустили близько 150 засобів ураження, а саме 63 ударні БпЛА та 88 ракет різних типів. Сили ППО знищили 55 дронів і 37 ракет.', { missile: [88, 37, null], drone: [63, 55, null] }],
    ["Russia hit Kyiv with hundreds of drones in one of the longest attacks on the capital. Ukraine's air force said Russia launched 539 drones and 11 missiles overnight on July 4. Of these, 270 drones and 2 missiles were shot down.", { missile: [11, 2, null], drone: [539, 270, null] }],
  ],
  'dates and lists of the relays: "on Oct. 5: 496 drones", "including 20 …, 6 Kinzhals", "повідомили про 596" (round 10)': [
    ["Ukraine's air force said Russia launched 549 aerial weapons at Ukraine overnight on Oct. 5: 496 drones and 53 missiles, including Kinzhals and Kh-101s. Forces shot down or suppressed 454 drones and 41 missiles.", { missile: [53, 41, null], drone: [496, 454, null] }],
    ["Ukraine's air force said that Russia launched 40 attack drones and 42 missiles, including 20 Kh-101/555 cruise missiles from 11 Tu-95MS bombers, 6 Kinzhals, and Kh-22 and S-300 missiles. Air defences destroyed 39 drones and 18 missiles.", { missile: [42, 18, null], drone: [40, 39, null] }],
    ['Повітряні сили повідомили про 596 ударних БпЛА та 36 ракет – балістичних Іскандер-М і крилатих Х-101. Збито/подавлено 558 дронів і 19 ракет.', { missile: [36, 19, null], drone: [596, 558, null] }],
  ],
  'counts whose fate "is being clarified" get none; "30 ракет – збито: 28 Х-101, 2 Іскандер-М" (round 10)': [
    ['Противник атакував 2 балістичними ракетами Іскандер-М та 142 ударними БпЛА. За попередніми даними, протиповітряною обороною збито/подавлено 126 ворожих БпЛА (ще дві ракети – уточнюється) на півночі, півдні та сході країни.', { missile: [2, null, null], drone: [142, 126, null] }],
    ['The enemy attacked with 2 Iskander-M ballistic missiles and 135 strike UAVs. As of 08:30, air defense shot down/suppressed 124 enemy UAVs (two more missiles – being clarified).', { missile: [2, null, null], drone: [135, 124, null] }],
    ['Противник атакував 472 засобами повітряного нападу: 440 ударними БпЛА; 32 ракетами: 28 крилатими ракетами Х-101, 2 балістичними ракетами Іскандер-М, 2 крилатими ракетами Х-22. Знешкоджено 458 засобів повітряного нападу: 428 ударних БпЛА: 240 – збито вогневими засобами, 188 – локаційно втрачені/подавлені засобами РЕБ; 30 ракет – збито: 28 Х-101, 2 Іскандер-М. Інформація щодо ще 2 ракет уточнюється.', { missile: [32, 30, null], drone: [440, 240, 188] }],
  ],
  '"another 24 Shaheds" in a second wave is more drones, not a part of the first wave\'s (round 10)': [
    ['Russia attacked Kyiv in two waves overnight on May 28: in the first wave, 30 drones, and in the second, another 24 Shahed-136/131 drones. In total, air defense shot down 52 drones; 2 were lost locationally.', { drone: [54, 52, 2] }],
    ['Ворог атакував 40 дронами. Згодом запустив ще 20 шахедів. Збито 55 дронів.', { drone: [60, 55, null] }],
  ],
  'parallel parts: "Із восьми ракет збито шість, із дронів — сімдесят чотири" (round 10)': [
    ['Противник випустив по Україні вісім ракет і вісімдесят вісім ударних БпЛА, повідомили Повітряні сили. Із восьми ракет збито шість, із дронів — сімдесят чотири.', { missile: [8, 6, null], drone: [88, 74, null] }],
    ['У ніч на 9 жовтня ворог запустив сто двадцять шість ударних БпЛА та сорок ракет різних типів. Із сорока ракет збито тридцять дві, з дронів — сто два, повідомили Повітряні сили.', { missile: [40, 32, null], drone: [126, 102, null] }],
  ],
  'a period named only to say which attack tonight\'s is; "Повітряні сили зафіксували 120"; outcomes after a Russian claim (round 10)': [
    ['In what was the third major attack on Odesa this week, Russia launched twenty-four attack drones and two Kalibr cruise missiles, the Air Force said. Twenty-one drones and one missile were shot down.', { missile: [2, 1, null], drone: [24, 21, null] }],
    ['Over the past week, Russia launched 1,300 drones. Air defence shot down 50 drones overnight.', { drone: [null, 50, null] }],
    ['За тиждень росіяни випустили по Україні понад 1 200 ударних дронів, заявив Президент. У ніч на 14 вересня Повітряні сили зафіксували 120 ударних БпЛА та одну балістичну ракету «Іскандер-М». Збито/подавлено 98 дронів.', { missile: [1, null, null], drone: [120, 98, null] }],
    ['Міноборони РФ заявило, що за ніч над регіонами Росії знищено 214 українських безпілотників. Тим часом Повітряні сили ЗСУ повідомили, що росія атакувала Україну 178 ударними БпЛА типу Shahed, «Гербера» та іншими, з них близько 110 – шахеди. Станом на 8:30 збито/подавлено 156 дронів.', { drone: [178, 156, null], shaheds: 110, qualifiers: { shaheds: 'about' }, other: [null, 214, null] }],
  ],
  'the hit of the one missile named without a count (round 10)': [
    ['Russia attacked Ukraine overnight with one ballistic missile and ninety drones, the Air Force said. Seventy drones were shot down, and hits by the missile and nine drones were recorded at five locations.', { missile: [1, null, null], drone: [90, 70, null], hits: [1, 9], placesHit: 5 }],
    ['Протягом ночі противник випустив по Україні один «Кинджал» та тридцять один ударний БпЛА. Ракету перехопити не вдалося — її влучання зафіксовано на одній локації. Збито двадцять сім дронів.', { missile: [1, 0, null], drone: [31, 27, null], hits: [1, null], placesHit: 1 }],
    ['Ukraine\'s Air Force was not able to down the other aerial target, a single Iskander-M ballistic missile, launched overnight. The impacts of the missile launch are currently unclear.', { missile: [1, 0, null] }],
  ],
  'Cyrillic "П-800 Онікс", "надзвукові", "які збити не вдалося"; a list of types is not the Shaheds\' share (round 10)': [
    ['Всього зафіксовано 7 крилатих ракет Калібр та 2 ударні БпЛА. Знищено 4 ракети Калібр та 2 шахеди. Крім того, противник застосував по Одесі 4 надзвукові протикорабельні ракети П-800 Онікс, які збити не вдалося.', { missile: [11, 4, null], drone: [2, 2, null] }],
    ['За даними Повітряних сил, ворог запустив 653 БпЛА – Shahed, Гербера та дрони інших типів (близько 350 із них – «шахеди») – та 51 ракету. ППО знешкодила 585 дронів і 30 ракет.', { missile: [51, 30, null], drone: [653, 585, null], shaheds: 350, qualifiers: { shaheds: 'about' } }],
  ],
  'wordings of 2025–2026 relays: "було зафіксовано:" before a list, "сталися влучання", "impacted", "caused no damage", "Зокрема, ворог задіяв … шахедів" (round 10)': [
    ['Над Україною було зафіксовано:\n\n805 ударних БПЛА типу Shahed і безпілотників-імітаторів різних типів;\n\n9 крилатих ракет "Іскандер-К";\n\n4 балістичні ракети "Іскандер-М/KN-23".\n\nУ результаті роботи ППО вдалося збити/придушити 747 БПЛА, а також 4 ракети "Іскандер-К".', { missile: [13, 4, null], drone: [805, 747, null] }],
    ['Російські війська у ніч проти 7 серпня атакували Україну 112 ударними дронами різних типів. Протиповітряна оборона збила або придушила 89 ворожих безпілотників. Водночас в 11 локаціях сталися влучання 23 безпілотників. Ще у трьох локаціях зафіксовані падіння збитих дронів (уламки).', { drone: [112, 89, null], hits: [null, 23], placesHit: 11, placesDebris: 3 }],
    ["Ukraine's air force said Russia launched 72 drones and one Iskander-M ballistic missile into the country, of which 48 drones were intercepted or suppressed. The missile and 24 drones impacted across 10 locations, the air force said.", { missile: [1, null, null], drone: [72, 48, null], hits: [1, 24], placesHit: 10 }],
    ["Ukraine's Defense Forces have shot down 42 Russian drones while 21 more decoy UAVs caused no damage on the ground. The Russians launched at Ukraine 116 attack UAVs and decoy drones.", { drone: [116, 42, 21] }],
    ['Починаючи з 18:00 20 березня росіяни запустили по Україні 154 ударні БпЛА типу "Шахед", "Гербера", "Італмас" та безпілотники інших типів. Зокрема, ворог задіяв для атаки близько 90 "Шахедів". За попередніми даними, протиповітряною обороною збито/подавлено 148 ворожих БпЛА.', { drone: [154, 148, null], shaheds: 90, qualifiers: { shaheds: 'about' } }],
  ],
  'a neutralised total split later, when the split names a broader weapon than the total (round 10)': [
    ["Russian forces attacked Ukraine with 23 Shahed loitering munitions and decoy drones of various types. As of 09:00, air defence has downed 22 enemy Shahed UAVs (and other types of drones) in the country's south. Twenty-one drones were shot down by firepower and one disappeared from radar/was suppressed by electronic warfare.", { drone: [23, 21, 1] }],
    ["Ukraine's air defence downs 22 out of 23 Russian drones overnight\nRussian forces attacked Ukraine with 23 Shahed loitering munitions and decoy drones. As of 09:00, air defence has downed 22 enemy Shahed UAVs (and other types of drones). Twenty-one drones were shot down by firepower and one disappeared from radar.", { drone: [23, 21, 1] }],
    ['Противник атакував 23 ударними БпЛА. Знешкоджено 22 ударні БпЛА: 21 дрон збито вогневими засобами, ще 1 – локаційно втрачено.', { drone: [23, 21, 1] }],
    ["Ukraine's air defence downs 22 out of 23 Russian drones overnight, one hit and debris fall reported", { drone: [23, 22, null], hits: [null, 1] }],
  ],
  '"two missile strikes", "drone attacks": strikes counted, not weapons (round 10)': [
    ['Ukrainian air defense downs 24 of 35 Russian drones overnight, two missile strikes recorded', { drone: [35, 24, null], hits: [2, null] }],
    ['Russia launched 50 drones in three drone attacks on Kyiv; 45 were shot down.', { drone: [50, 45, null] }],
  ],
};

describe('statement traps', () => {
  for (const [name, rows] of Object.entries(cases)) {
    describe(name, () => {
      for (const [text, want] of rows) it(text.slice(0, 90), () => check(text, want));
    });
  }

  it('says for each value the sentence it was read from, as pasted', () => {
    const text = 'У ніч на 9 вересня противник атакував 84 ударними БпЛА, понад 50 із них – "Шахеди".\nЗафіксовано влучання 23 безпілотників на 10 локаціях.';
    const result = parseStatement(text, { today: '2025-12-31' });
    const fields = result.evidence.map((e) => e.field).sort();
    expect(fields).toEqual(['figures.shahed-136-131.launched', 'outcomes.hitsDrone', 'outcomes.placesHit', 'outcomes.shaheds']);
    const hits = result.evidence.find((e) => e.field === 'outcomes.hitsDrone');
    expect(hits && text.slice(hits.start, hits.end)).toBe('Зафіксовано влучання 23 безпілотників на 10 локаціях.');
    const launched = result.evidence.find((e) => e.field.endsWith('.launched'));
    expect(launched?.mark && text.slice(launched.mark.start, launched.mark.end)).toBe('84');
  });

  it('marks the very words a value was read from, in digits or in words', () => {
    const text =
      "Russia launched three missiles and 114 drones. Sixty-six drones were destroyed. Ворог атакував п'ятьма десятками дронів, збито сорок два. Зафіксовано влучання 21 БпЛА на восьми локаціях.";
    const marks = new Map(
      parseStatement(text, { today: '2025-12-31' }).evidence.map((e) => [e.field, e.mark ? text.slice(e.mark.start, e.mark.end) : null]),
    );
    expect(marks.get('figures.unknown-missile.launched')).toBe('three');
    expect(marks.get('outcomes.placesHit')).toBe('восьми');
    const words = parseStatement("Ворог атакував п'ятьма десятками дронів, збито сорок два.", { today: '2025-12-31' }).evidence;
    const said = (field: string) => {
      const e = words.find((x) => x.field === field);
      return e?.mark ? e.quote.slice(e.mark.start - e.start, e.mark.end - e.start) : null;
    };
    expect(said('figures.unknown-drone.launched')).toBe("п'ятьма десятками");
    expect(said('figures.unknown-drone.shotDown')).toBe('сорок два');
    expect(marks.get('figures.unknown-drone.shotDown')).toBe('Sixty-six');
  });

  it('keeps a period\'s repeated count out past a sentence that gives no figure', () => {
    for (const text of [
      'The defence ministry said Friday that Russian air defence systems have shot down 1,441 Ukrainian UAVs over the past week. Four people were injured in Belgorod, the governor said. Air defence systems have downed four cruise missiles, as well as 1,441 fixed-wing UAVs, the ministry said. According to the Ukrainian Air Force, Russia launched 62 drones overnight. Air defence units shot down 50 drones.',
      'Міноборони РФ заявило, що за минулий тиждень ППО збила 1 441 український БпЛА. Повідомляється про 4 поранених у Бєлгороді. Зокрема, знищено чотири крилаті ракети та 1 441 безпілотник літакового типу. За даними Повітряних сил, у ніч на 25 жовтня росія запустила 62 дрони. Збито 50 дронів.',
    ]) {
      check(text, { drone: [62, 50, null] });
      expect(read(text).other, text).toBeUndefined();
    }
  });

  it('keeps the SPEC §5 example exact', () => {
    const text =
      "Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine's air force wrote in a statement on Saturday. Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination. Meanwhile, Russian air defences shot down 45 Ukrainian drones overnight, the country's Defence Ministry said.";
    check(text, { missile: [3, null, null], drone: [114, 66, 31], other: [null, 45, null] });
  });
});
