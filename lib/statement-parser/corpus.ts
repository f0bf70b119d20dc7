// Test corpus: statements and news passages written for these tests in the style of the Ukrainian
// Air Force's morning posts (English and Ukrainian) and of Reuters, AP and Kyiv Independent reports
// from 2022–2025, each with the figures a careful reader would record. Figures are modelled on real
// nights but the texts are our own. Weapon choice follows the rules in weapon-mentions.ts: bare
// "drones" → unknown-drone, "Shahed-type attack drones and decoys" → attack-and-decoy-drones,
// "attack drones" → shahed-136-131, bare "missiles" → unknown-missile.
//
// A case the parser gets wrong stays here with `knownMiss` saying what it misses; the corpus test
// still runs it and checks that the overall score does not fall.
import type { Target } from '@/lib/domain';

export type ExpectedFigure = {
  slug: string;
  launched: number | null;
  shotDown: number | null;
  lost: number | null;
};

export type ExpectedSide = { target: Target; figures: ExpectedFigure[] };

export type CorpusCase = {
  id: string;
  /** What the text is modelled on. */
  style: string;
  text: string;
  /** The day the text is pasted (chooses the year of a date given without one). */
  today: string;
  expected: ExpectedSide & { date: string | null; other?: ExpectedSide };
  /** The traps in the text, for the reader of a failure. */
  traps: string[];
  /** What the parser is known to get wrong in this case; the case still counts in the score. */
  knownMiss?: string;
};

const f = (slug: string, launched: number | null, shotDown: number | null, lost: number | null): ExpectedFigure => ({
  slug,
  launched,
  shotDown,
  lost,
});

export const SPEC_EXAMPLE =
  "Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine's air force wrote in a statement on Saturday. Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination. Meanwhile, Russian air defences shot down 45 Ukrainian drones overnight, the country's Defence Ministry said.";

export const CORPUS: CorpusCase[] = [
  {
    id: 'spec-5',
    style: 'SPEC §5: news report dated 2025-04-26 (the text itself names no date, only "Saturday")',
    text: SPEC_EXAMPLE,
    today: '2025-04-26',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', 3, null, null), f('unknown-drone', 114, 66, 31)],
      other: { target: 'RU', figures: [f('unknown-drone', null, 45, null)] },
    },
    traps: ['number words', '"a further" with decoys', 'the other side\'s claim', 'weekday only: no date'],
  },
  {
    id: 'spec-5-dateline',
    style: 'Reuters: the SPEC §5 report with its dateline',
    text: `KYIV, April 26 (Reuters) - ${SPEC_EXAMPLE}`,
    today: '2025-05-02',
    expected: {
      date: '2025-04-26',
      target: 'UA',
      figures: [f('unknown-missile', 3, null, null), f('unknown-drone', 114, 66, 31)],
      other: { target: 'RU', figures: [f('unknown-drone', null, 45, null)] },
    },
    traps: ['dateline without year'],
  },
  {
    id: 'af-en-2025-04-26',
    style: 'Air Force morning post, English',
    text: `On the night of April 26 (from 18:00 on April 25), the enemy attacked with 3 missiles and 114 Shahed-type attack UAVs and imitator drones of various types from the directions of Bryansk, Kursk, Millerovo and Primorsko-Akhtarsk.
As of 09:00, 66 Shahed-type attack UAVs were confirmed shot down in the north, east and south of the country.
31 enemy imitator drones were locationally lost (without negative consequences).
Hits by missiles and attack UAVs were recorded in Kharkiv, Dnipropetrovsk and Kyiv regions.`,
    today: '2025-04-26',
    expected: {
      date: '2025-04-26',
      target: 'UA',
      figures: [f('unknown-missile', 3, null, null), f('attack-and-decoy-drones', 114, 66, 31)],
    },
    traps: ['"night of" and "from 18:00 on" both', 'mixed drones', 'directions are not shares', 'times'],
  },
  {
    id: 'af-uk-2025-04-26',
    style: 'Air Force morning post, Ukrainian',
    text: `У ніч на 26 квітня (з 18:00 25 квітня) противник атакував 3 ракетами та 114 ударними БпЛА типу Shahed і дронами-імітаторами різних типів з напрямків: Брянськ, Курськ, Міллерово, Приморсько-Ахтарськ.
Станом на 09:00 підтверджено збиття 66 ударних БпЛА типу Shahed на півночі, сході та півдні країни.
31 ворожий БпЛА-імітатор локаційно втрачено (без негативних наслідків).`,
    today: '2025-04-27',
    expected: {
      date: '2025-04-26',
      target: 'UA',
      figures: [f('unknown-missile', 3, null, null), f('attack-and-decoy-drones', 114, 66, 31)],
    },
    traps: ['Ukrainian', 'instrumental case "ракетами"'],
  },
  {
    id: 'af-uk-brief',
    style: 'Air Force morning post, Ukrainian, abridged',
    text: 'У ніч на 26 квітня противник атакував 3 ракетами та 114 ударними БпЛА. Збито/подавлено 66, локаційно втрачено 31.',
    today: '2025-04-26',
    expected: {
      date: '2025-04-26',
      target: 'UA',
      figures: [f('unknown-missile', 3, null, null), f('shahed-136-131', 114, 66, 31)],
    },
    traps: ['counts without a weapon', 'combined "збито/подавлено"'],
  },
  {
    id: 'af-en-2025-07-09',
    style: 'Air Force morning post with a list, record night',
    text: `On the night of July 9 (from 18:00 on July 8), the enemy attacked with 741 air attack means: 728 Shahed-type attack UAVs and imitator drones; 13 missiles - 7 Kh-101 cruise missiles and 6 Kh-47M2 Kinzhal aeroballistic missiles.
The main direction of the attack was the city of Lutsk.
As of 09:00, air defence neutralised 718 air attack means: 296 enemy UAVs were shot down by fire, 415 imitator drones were locationally lost (suppressed by EW). All 7 Kh-101 cruise missiles were shot down.
Hits of 6 missiles and 17 attack UAVs were recorded at 9 locations, debris fell at 2 locations.`,
    today: '2025-07-09',
    expected: {
      date: '2025-07-09',
      target: 'UA',
      figures: [f('kh-101-kh-555', 7, 7, null), f('kh-47m2-kinzhal', 6, null, null), f('attack-and-decoy-drones', 728, 296, 415)],
    },
    traps: ['aggregate "air attack means"', 'a total given with its parts', 'hits and debris locations'],
  },
  {
    id: 'reuters-2025-08-21-combined',
    style: 'Reuters, after the Air Force began giving one combined figure',
    text: "KYIV, Aug 21 (Reuters) - Russia launched 574 drones and 40 missiles at Ukraine overnight, mostly targeting the west of the country, Ukraine's air force said on Thursday, adding that air defences shot down or suppressed 546 drones and 31 missiles. At least one person was killed and 15 were injured in the western city of Mukachevo, regional officials said.",
    today: '2025-08-21',
    expected: {
      date: '2025-08-21',
      target: 'UA',
      figures: [f('unknown-missile', 40, 31, null), f('unknown-drone', 574, 546, null)],
    },
    traps: ['combined "shot down or suppressed" → shot down, lost unknown', 'casualties'],
  },
  {
    id: 'ap-iskander-lost',
    style: 'AP',
    text: "Russia fired four Iskander-M ballistic missiles and 150 drones at Ukraine overnight, Ukraine's air force said Tuesday. It said two of the missiles and 105 drones were shot down, while 37 drones were 'lost', likely jammed by electronic warfare.",
    today: '2024-12-10',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('iskander-m-kn-23', 4, 2, null), f('unknown-drone', 150, 105, 37)],
    },
    traps: ['"two of the missiles"', 'quoted "lost"', 'verb after a list'],
  },
  {
    id: 'ki-2024-11-05',
    style: 'Kyiv Independent, with regional and casualty figures',
    text: 'Russia attacked Ukraine with 98 drones and an Iskander-M ballistic missile overnight on Nov. 5, the Air Force reported. Ukrainian air defense downed 60 drones, while 31 drones were "lost," likely due to electronic warfare countermeasures. Two people were injured in Kharkiv Oblast, Governor Oleh Syniehubov said. Five drones were shot down over the Kyiv region, the regional administration said.',
    today: '2024-11-05',
    expected: {
      date: '2024-11-05',
      target: 'UA',
      figures: [f('iskander-m-kn-23', 1, null, null), f('unknown-drone', 98, 60, 31)],
    },
    traps: ['"an Iskander-M" = 1', '"Nov." abbreviation', 'a region\'s share', 'casualties'],
  },
  {
    id: 'ru-mod-only',
    style: "Reuters on Russia's Defence Ministry",
    text: "Russia's Defence Ministry said on Sunday that its air defence systems had destroyed 127 Ukrainian drones overnight, including 45 over the Bryansk region and 30 over the Kursk region.",
    today: '2025-03-16',
    expected: { date: null, target: 'RU', figures: [f('unknown-drone', null, 127, null)] },
    traps: ['only the other side', 'regional shares after "including"'],
  },
  {
    id: 'af-2022-10-10',
    style: 'Air Force, the October 2022 missile strike',
    text: 'On the morning of October 10, 2022, the enemy launched 84 cruise missiles Kh-101, Kh-555, Kalibr and others at Ukraine; 43 of them were destroyed by our air defence. The enemy also used 24 attack drones, including 13 Shahed-136 which were destroyed.',
    today: '2022-10-10',
    expected: {
      date: '2022-10-10',
      target: 'UA',
      figures: [f('cruise-missile', 84, 43, null), f('shahed-136-131', 24, 13, null)],
    },
    traps: ['several models counted together → their class', '"43 of them"', '"including" with another verb'],
  },
  {
    id: 'af-2023-05-29',
    style: 'Air Force, 2023',
    text: 'On the night of 29 May 2023, the enemy attacked Ukraine with 11 Iskander-M/K ballistic and cruise missiles and 40 Shahed-136/131 attack drones. Air defence destroyed all 11 missiles and 35 attack drones.',
    today: '2023-05-29',
    expected: {
      date: '2023-05-29',
      target: 'UA',
      figures: [f('unknown-missile', 11, 11, null), f('shahed-136-131', 40, 35, null)],
    },
    traps: ['Iskander-M/K bundle of two classes', '"all 11 missiles"'],
  },
  {
    id: 'parts-recon',
    style: 'Reuters, totals given as parts',
    text: 'Russia launched 23 Shahed drones and two reconnaissance drones at Ukraine overnight, the air force said on 3 March. Air defences destroyed 18 Shaheds and both reconnaissance drones.',
    today: '2024-03-04',
    expected: {
      date: '2024-03-03',
      target: 'UA',
      figures: [f('shahed-136-131', 23, 18, null), f('reconnaissance-drone', 2, 2, null)],
    },
    traps: ['parts', '"both"', 'report date as the night'],
  },
  {
    id: 'approximate',
    style: 'News brief with an approximate figure',
    text: 'Russia launched more than 100 drones at Ukraine overnight into Tuesday, and air defences shot down 76 of them, the air force said.',
    today: '2024-10-22',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', null, 76, null)] },
    traps: ['"more than 100" is not 100', '"76 of them"'],
  },
  {
    id: 'previous-night',
    style: 'Reuters with the previous night for comparison',
    text: "Russia launched 47 drones and two Iskander-M missiles overnight on 14-15 January, Ukraine's air force said. Air defence downed 35 drones; 10 more were lost to electronic warfare. The previous night, Russia had launched 62 drones and a Kinzhal missile.",
    today: '2025-01-15',
    expected: {
      date: '2025-01-15',
      target: 'UA',
      figures: [f('iskander-m-kn-23', 2, null, null), f('unknown-drone', 47, 35, 10)],
    },
    traps: ['date range', '"10 more"', 'another night'],
  },
  {
    id: 'all-of-them',
    style: 'Air Force, short post',
    text: 'Overnight, the enemy launched three Kh-59/69 guided air missiles from the airspace of Kursk region. All of them were shot down by air defence.',
    today: '2024-08-14',
    expected: { date: null, target: 'UA', figures: [f('kh-59-kh-69', 3, 3, null)] },
    traps: ['"all of them"', 'launch area is not a share'],
  },
  {
    id: 'kinzhal-single',
    style: 'News brief, a single missile and a hit',
    text: 'On the night of 11 February, Russia attacked Ukraine with a Kinzhal aeroballistic missile and five Shahed drones. Four of the Shaheds were destroyed; one hit a warehouse in Kyiv region.',
    today: '2024-02-11',
    expected: {
      date: '2024-02-11',
      target: 'UA',
      figures: [f('kh-47m2-kinzhal', 1, null, null), f('shahed-136-131', 5, 4, null)],
    },
    traps: ['"a Kinzhal" = 1', '"one hit" got through'],
  },
  {
    id: 's300-kharkiv',
    style: 'Kyiv Independent, S-300 on Kharkiv',
    text: 'Overnight on 30-31 May, Russia struck Kharkiv region with four S-300 missiles and attacked Ukraine with two Iskander-M ballistic missiles and 20 Shahed drones. Air defence forces shot down both Iskander-M missiles and 17 Shaheds. Three people were killed in Kharkiv.',
    today: '2024-05-31',
    expected: {
      date: '2024-05-31',
      target: 'UA',
      figures: [f('s-300-s-400', 4, null, null), f('iskander-m-kn-23', 2, 2, null), f('shahed-136-131', 20, 17, null)],
    },
    traps: ['S-300 against ground targets', '"both"', 'casualties'],
  },
  {
    id: 'af-2025-10-07-hits',
    style: 'Air Force post, autumn 2025, combined figure',
    text: 'On the night of 7 October, the enemy attacked with 152 strike UAVs of the Shahed, Gerbera and other types. As of 08:30, 118 drones were shot down or suppressed in the north, south and east of the country. Hits by 32 attack UAVs were recorded at 12 locations, and debris fell at 3 locations.',
    today: '2025-10-07',
    expected: { date: '2025-10-07', target: 'UA', figures: [f('attack-and-decoy-drones', 152, 118, null)] },
    traps: ['"of the Shahed, Gerbera and other types"', 'hits and debris'],
  },
  {
    id: 'regional-only',
    style: "Kyiv city administration's post",
    text: 'The Kyiv City Military Administration said air defences destroyed about 20 drones over the capital overnight.',
    today: '2025-01-20',
    expected: { date: null, target: 'UA', figures: [] },
    traps: ['a city\'s figure only', 'approximate'],
  },
  {
    id: 'uk-kh101-cyrillic',
    style: 'Ukrainian news, Cyrillic Х-101',
    text: 'Вночі 13 квітня ворог атакував 7 крилатими ракетами Х-101 та 12 ударними БпЛА Shahed. Сили ППО збили 5 ракет Х-101 та 10 Shahed.',
    today: '2024-04-15',
    expected: {
      date: '2024-04-13',
      target: 'UA',
      figures: [f('kh-101-kh-555', 7, 5, null), f('shahed-136-131', 12, 10, null)],
    },
    traps: ['Cyrillic Х-', 'Ukrainian cases'],
  },
  {
    id: 'a-further-locationally',
    style: 'Reuters',
    text: "Ukraine's air force said Russia had launched 62 drones and an Iskander-M missile. Air defences shot down 34 drones, and a further 26 were 'locationally lost', which usually means they were jammed.",
    today: '2025-02-02',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('iskander-m-kn-23', 1, null, null), f('unknown-drone', 62, 34, 26)],
    },
    traps: ['"a further 26"', 'quoted "locationally lost"'],
  },
  {
    id: 'af-uk-2025-08-21-combined',
    style: 'Air Force morning post, Ukrainian, combined figure and aggregates',
    text: `У ніч на 21 серпня (з 18:00 20 серпня) противник атакував 614 засобами повітряного нападу: 40 ракетами та 574 ударними БпЛА типу Shahed, Гербера та дронами інших типів.
За попередніми даними, станом на 09:00 протиповітряною обороною збито/подавлено 577 повітряних цілей: 31 ракету та 546 ворожих БпЛА.
Зафіксовано влучання 9 ракет та 21 ударного БпЛА на 14 локаціях.`,
    today: '2025-08-21',
    expected: {
      date: '2025-08-21',
      target: 'UA',
      figures: [f('unknown-missile', 40, 31, null), f('attack-and-decoy-drones', 574, 546, null)],
    },
    traps: ['aggregates', '"за попередніми даними" is not another night', 'hits'],
  },
  {
    id: 'both-sides-of-and-regions',
    style: 'AP, both sides',
    text: "Ukrainian air defences shot down 24 of 30 drones launched by Russia overnight, the air force said on Friday. Russia's Defence Ministry said its forces had destroyed 18 Ukrainian drones over the Belgorod, Kursk and Bryansk regions.",
    today: '2024-09-13',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-drone', 30, 24, null)],
      other: { target: 'RU', figures: [f('unknown-drone', null, 18, null)] },
    },
    traps: ['"24 of 30"', 'several regions together are the total'],
  },
  {
    id: 'including-types',
    style: 'Reuters, missiles by type and a generic interception figure',
    text: 'Russia launched 13 missiles overnight, including seven Kh-101 cruise missiles and six Kinzhal aeroballistic missiles, as well as 98 drones, the air force said. It said 10 missiles and 80 drones had been shot down.',
    today: '2024-12-25',
    expected: {
      date: null,
      target: 'UA',
      figures: [
        f('kh-101-kh-555', 7, null, null),
        f('kh-47m2-kinzhal', 6, null, null),
        f('unknown-missile', null, 10, null),
        f('unknown-drone', 98, 80, null),
      ],
    },
    traps: ['parts adding up to the total', 'interceptions not split by type'],
  },
  {
    id: 'gerbera-separate',
    style: 'News brief, decoys given separately',
    text: 'Russia launched 90 Shahed attack drones and 60 Gerbera decoy drones overnight. Air defences shot down 70 Shaheds, while 55 decoys were locationally lost.',
    today: '2025-03-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('shahed-136-131', 90, 70, null), f('decoy-drone', 60, null, 55)],
    },
    traps: ['decoys as their own weapon'],
  },
  {
    id: 'zircon-kalibr',
    style: 'Air Force, sea-launched missiles on Kyiv',
    text: 'Overnight, the enemy attacked Kyiv with two Zircon missiles and three Kalibr cruise missiles launched from the Black Sea. Ukrainian air defence destroyed all the Kalibr missiles; the Zircons were not intercepted.',
    today: '2024-03-25',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('3m22-zircon', 2, null, null), f('kalibr', 3, 3, null)],
    },
    traps: ['"all the Kalibr missiles"', '"were not intercepted"'],
  },
  {
    id: 'ru-weekly-summary',
    style: "Russia's weekly summary",
    text: 'Over the past week, Russian air defence systems shot down 337 Ukrainian drones, four Neptune long-range missiles and 12 HIMARS rockets, the Defence Ministry said in its weekly summary.',
    today: '2025-03-16',
    expected: { date: null, target: 'UA', figures: [] },
    traps: ['a week, not a night'],
  },
  {
    id: 'ru-all-intercepted',
    style: "Reuters on Russia's Defence Ministry, with Moscow's mayor",
    text: "Ukraine launched 158 drones at Russia overnight, Russia's Defence Ministry said, claiming all of them were intercepted and destroyed. Moscow Mayor Sergei Sobyanin said 12 drones flying towards the capital had been shot down.",
    today: '2025-03-11',
    expected: { date: null, target: 'RU', figures: [f('unknown-drone', 158, 158, null)] },
    traps: ['"all of them"', "a mayor's share"],
  },
  {
    id: 'casualties-others',
    style: 'Reuters with casualties first',
    text: 'Russia launched 145 drones at Ukraine overnight on March 23, killing three people in Kyiv, including a 5-year-old child. The air force said 97 drones were shot down and 25 others were lost to electronic warfare.',
    today: '2025-03-23',
    expected: { date: '2025-03-23', target: 'UA', figures: [f('unknown-drone', 145, 97, 25)] },
    traps: ['casualties', '"5-year-old"', '"25 others"'],
  },
  {
    id: 'fell-in-field',
    style: 'Air Force, 2023 southern front',
    text: 'Of the 14 Shahed-136/131 launched by the enemy overnight, nine were destroyed, three disappeared from radar and two fell in a field in Mykolaiv region, the Air Force said.',
    today: '2023-07-20',
    expected: { date: null, target: 'UA', figures: [f('shahed-136-131', 14, 9, 5)] },
    traps: ['"of the 14"', 'lost given as parts'],
  },
  {
    id: 'af-2025-09-05-suppressed',
    style: 'Air Force morning post, English, combined figure',
    text: `On the night of 5 September (from 18:00 on 4 September), the enemy attacked with 157 Shahed-type attack UAVs, Gerbera and other types of drones from the directions of Kursk, Oryol, Millerovo, Primorsko-Akhtarsk and Chauda (TOT Crimea).
As of 08:30, air defence shot down/suppressed 142 enemy drones in the north, south and east of the country.
Hits by 13 attack UAVs were recorded at 7 locations, and downed drones (debris) fell at 2 locations.
The attack continues: several enemy UAVs are in the airspace.`,
    today: '2025-09-05',
    expected: { date: '2025-09-05', target: 'UA', figures: [f('attack-and-decoy-drones', 157, 142, null)] },
    traps: ['"shot down/suppressed"', 'still in the air'],
  },
  {
    id: 'af-bullets-2024-12-29',
    style: 'Air Force morning post with a bulleted list',
    text: `On the night of 29 December (from 18:00 on 28 December), the enemy attacked with 105 air attack means:
- 8 Kh-101/Kh-555 cruise missiles (launch area - Saratov region);
- 2 Iskander-M/KN-23 ballistic missiles (Kursk region);
- 95 Shahed-type attack UAVs and imitator drones.
As of 09:00, 7 Kh-101/Kh-555 cruise missiles and 45 attack UAVs were shot down; 40 imitator drones were locationally lost.`,
    today: '2025-01-02',
    expected: {
      date: '2024-12-29',
      target: 'UA',
      figures: [f('kh-101-kh-555', 8, 7, null), f('iskander-m-kn-23', 2, null, null), f('attack-and-decoy-drones', 95, 45, 40)],
    },
    traps: ['a list under its verb', 'year before today'],
  },
  {
    id: 'missiles-various-types',
    style: 'News report, anti-ship and ballistic missiles',
    text: 'Overnight on 7 February, Russia attacked Ukraine with 11 missiles of various types: three Kh-22, two P-800 Oniks, two Zircon and four Iskander-M. Air defence shot down three Iskander-M missiles.',
    today: '2025-02-07',
    expected: {
      date: '2025-02-07',
      target: 'UA',
      figures: [
        f('kh-22-kh-32', 3, null, null),
        f('p-800-oniks', 2, null, null),
        f('3m22-zircon', 2, null, null),
        f('iskander-m-kn-23', 4, 3, null),
      ],
    },
    traps: ['"missiles of various types" are not mixed drones', 'parts'],
  },
  {
    id: 'ki-of-which',
    style: 'Kyiv Independent',
    text: 'Russia attacked Ukraine with 130 drones overnight, of which 72 were shot down and 48 were lost to electronic warfare, the Air Force said on Jan. 14. Ten drones hit targets in Kyiv, Sumy and Khmelnytskyi oblasts.',
    today: '2025-01-14',
    expected: { date: '2025-01-14', target: 'UA', figures: [f('unknown-drone', 130, 72, 48)] },
    traps: ['"of which"', 'drones that hit targets'],
  },
  {
    id: 'dotted-date-headers',
    style: 'Editor-style summary with headers',
    text: 'Air Force statement, 26.04.2025: overnight the enemy used 2 Kh-59/69 guided missiles and 40 attack drones. Destroyed: 2 Kh-59/69, 28 attack drones. Locationally lost: 10.',
    today: '2025-04-27',
    expected: {
      date: '2025-04-26',
      target: 'UA',
      figures: [f('kh-59-kh-69', 2, 2, null), f('shahed-136-131', 40, 28, 10)],
    },
    traps: ['DD.MM.YYYY', 'headers as verbs', 'a bare count that only drones can hold'],
  },
  {
    id: 'uk-kn23-iskander-k',
    style: 'Ukrainian news',
    text: 'Вночі ворог запустив 2 балістичні ракети KN-23 та 3 крилаті ракети Іскандер-К з Курської області. Обидві балістичні ракети збито.',
    today: '2024-01-06',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('iskander-m-kn-23', 2, 2, null), f('iskander-k', 3, null, null)],
    },
    traps: ['KN-23 and Iskander-K', '"обидві"'],
  },
  {
    id: 'both-of-which',
    style: 'News brief',
    text: 'Russia launched two missiles at Ukraine overnight on 3 June, both of which were shot down, the air force said.',
    today: '2025-06-03',
    expected: { date: '2025-06-03', target: 'UA', figures: [f('unknown-missile', 2, 2, null)] },
    traps: ['"both of which"'],
  },
  {
    id: 'ru-fixed-wing',
    style: "TASS-style report of Russia's Defence Ministry",
    text: 'Russian air defence units intercepted and destroyed 45 Ukrainian fixed-wing drones overnight, the Russian Defence Ministry said on its Telegram channel. More than half of them were downed over the Bryansk region, the ministry said.',
    today: '2025-05-06',
    expected: { date: null, target: 'RU', figures: [f('unknown-drone', null, 45, null)] },
    traps: ['"fixed-wing drones"', '"more than half"'],
  },
  {
    id: 'uk-2024-12-01',
    style: 'Air Force morning post, Ukrainian, 2024',
    text: 'В ніч на 1 грудня противник атакував 50 ударними БпЛА типу Shahed та дронами-імітаторами. Станом на 09:00 збито 32 ударні БпЛА, 18 ворожих дронів-імітаторів локаційно втрачено.',
    today: '2024-12-01',
    expected: { date: '2024-12-01', target: 'UA', figures: [f('attack-and-decoy-drones', 50, 32, 18)] },
    traps: ['Ukrainian', 'decoys lost within a mixed launch'],
  },
  {
    id: 'number-words',
    style: 'Reuters, numbers in words',
    text: "Ukraine's air force said Russia launched ninety-eight drones and one Kh-59 missile overnight. Sixty-two drones were shot down, and thirty-five were jammed by electronic warfare.",
    today: '2024-06-20',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kh-59-kh-69', 1, null, null), f('unknown-drone', 98, 62, 35)],
    },
    traps: ['number words', '"jammed"'],
  },
  {
    id: 'one-way-attack',
    style: 'AP, "one-way attack drones and decoys"',
    text: "Russia launched 42 one-way attack drones and decoys at Ukraine overnight, the air force said, of which 23 were shot down and 17 were 'lost', likely to electronic jamming.",
    today: '2024-11-30',
    expected: { date: null, target: 'UA', figures: [f('attack-and-decoy-drones', 42, 23, 17)] },
    traps: ['"one-way" is not 1'],
  },
  {
    id: 'record-other-date',
    style: 'Reuters, record night and the night before',
    text: "Russia attacked Ukraine with three Iskander-M ballistic missiles and a record 267 drones overnight on 23 February, the air force said. It said 138 drones were shot down and 119 were 'lost', likely due to electronic warfare. On February 22, Russia launched 162 drones and two missiles.",
    today: '2025-02-23',
    expected: {
      date: '2025-02-23',
      target: 'UA',
      figures: [f('iskander-m-kn-23', 3, null, null), f('unknown-drone', 267, 138, 119)],
    },
    traps: ['"a record 267"', 'another dated night'],
  },
  {
    id: 'weekly-after-night',
    style: 'Reuters with a weekly figure',
    text: "Russia launched 85 drones and two Iskander-M missiles at Ukraine overnight, the air force said on Sunday; 55 drones were shot down and 25 were lost. Over the past week, Russia has launched more than 1,300 drones, 1,200 guided aerial bombs and nearly 40 missiles against Ukraine, President Volodymyr Zelensky said.",
    today: '2025-03-09',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('iskander-m-kn-23', 2, null, null), f('unknown-drone', 85, 55, 25)],
    },
    traps: ['thousands separators in a weekly figure'],
  },
  {
    id: 'the-missile',
    style: 'News brief, a single cruise missile',
    text: 'Russia launched a Kh-101 cruise missile and 36 drones at Ukraine overnight, the air force said. The missile and 25 drones were shot down, while 9 drones were locationally lost.',
    today: '2024-07-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kh-101-kh-555', 1, 1, null), f('unknown-drone', 36, 25, 9)],
    },
    traps: ['"the missile" = the one launched'],
  },
  {
    id: 'ki-neutralized',
    style: 'Kyiv Independent, US spelling',
    text: 'Russia launched 90 drones against Ukraine overnight on Sept. 12, the Air Force reported. Ukrainian air defense neutralized 60 of them, with the rest hitting targets in several regions.',
    today: '2025-09-12',
    expected: { date: '2025-09-12', target: 'UA', figures: [f('unknown-drone', 90, 60, null)] },
    traps: ['"neutralized" (one combined figure)', '"the rest"'],
  },
  {
    id: 'night-range-words',
    style: 'Air Force, English, 2023',
    text: 'During the night of March 8 to 9, 2023, the enemy launched 81 missiles of various types and 8 Shahed-136/131 attack drones. Air defence destroyed 34 cruise missiles and 4 Shaheds.',
    today: '2023-03-10',
    expected: {
      date: '2023-03-09',
      target: 'UA',
      figures: [f('unknown-missile', 81, 34, null), f('shahed-136-131', 8, 4, null)],
    },
    traps: ['"night of March 8 to 9"', '34 cruise missiles shot down of 81 missiles of several types'],
  },
  // Second batch: phrasings written after the parser, to measure it rather than fit it.
  {
    id: 'b2-both-kh59',
    style: 'Reuters, 2024',
    text: "Ukraine's air force said on Sunday it had destroyed 38 of 43 drones launched by Russia overnight, as well as both Kh-59 guided missiles.",
    today: '2024-06-16',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kh-59-kh-69', 2, 2, null), f('unknown-drone', 43, 38, null)],
    },
    traps: ['"38 of 43 drones launched"', '"both" says two were launched'],
  },
  {
    id: 'b2-af-2024-06-01',
    style: 'Air Force, English, 2024',
    text: 'On the night of June 1, the enemy attacked Ukraine with 53 missiles and 47 UAVs of various types. The Air Force, in cooperation with the air defense of the Defense Forces, destroyed 35 missiles and 46 Shahed-136/131 attack drones.',
    today: '2024-06-01',
    expected: {
      date: '2024-06-01',
      target: 'UA',
      figures: [f('unknown-missile', 53, 35, null), f('attack-and-decoy-drones', 47, 46, null)],
    },
    traps: ['"Defense Forces" is not a ministry', 'Shaheds shot down within drones of various types'],
  },
  {
    id: 'b2-ap-all-drones-both-missiles',
    style: 'AP, 2023',
    text: "Russia launched 20 Iranian-made Shahed drones and two cruise missiles overnight, Ukraine's air force said. Ukrainian air defenses destroyed all the drones and both missiles, it said.",
    today: '2023-09-03',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('cruise-missile', 2, 2, null), f('shahed-136-131', 20, 20, null)],
    },
    traps: ['"all the drones"', '"both missiles"'],
  },
  {
    id: 'b2-ki-of-those',
    style: 'Kyiv Independent, 2025',
    text: 'Russia attacked Ukraine overnight on July 4 with 539 drones and 11 missiles, the Air Force reported. Of those, 270 drones were shot down and 208 were lost to electronic warfare. Two missiles were intercepted, the Air Force said.',
    today: '2025-07-04',
    expected: {
      date: '2025-07-04',
      target: 'UA',
      figures: [f('unknown-missile', 11, 2, null), f('unknown-drone', 539, 270, 208)],
    },
    traps: ['"Of those," before counts with weapons'],
  },
  {
    id: 'b2-guardian-dash',
    style: 'The Guardian',
    text: "Ukraine's air force said Russia had fired three ballistic missiles and 88 drones, of which 48 were shot down and 40 were 'locationally lost' – a term used for drones that are jammed or are decoys.",
    today: '2025-01-26',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('ballistic-missile', 3, null, null), f('unknown-drone', 88, 48, 40)],
    },
    traps: ['an explanation with a verb after a dash'],
  },
  {
    id: 'b2-all-missiles-kalibr',
    style: 'Air Force, English, 2023',
    text: 'The enemy launched 6 Kalibr cruise missiles from the Black Sea, as well as 31 Shahed-136/131 strike UAVs from the Primorsko-Akhtarsk direction. All missiles and 25 drones were destroyed.',
    today: '2023-11-25',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kalibr', 6, 6, null), f('shahed-136-131', 31, 25, null)],
    },
    traps: ['"All missiles" means the Kalibrs'],
  },
  {
    id: 'b2-uk-z-nykh',
    style: 'Ukrainian news, "з них"',
    text: 'Всього противник застосував 45 засобів повітряного нападу: 3 ракети Х-59 та 42 БпЛА. З них збито 2 ракети та 30 дронів, 10 БпЛА локаційно втрачено.',
    today: '2024-10-09',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kh-59-kh-69', 3, 2, null), f('unknown-drone', 42, 30, 10)],
    },
    traps: ['aggregate', '"з них"', 'generic interceptions of the one missile type'],
  },
  {
    id: 'b2-ru-first',
    style: 'Reuters, Russia first',
    text: "Russia's defence ministry said its air defences had destroyed 53 Ukrainian drones over several regions overnight. Ukraine's air force said Russia had launched 49 drones and three missiles, and that 34 drones had been shot down.",
    today: '2024-08-21',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', 3, null, null), f('unknown-drone', 49, 34, null)],
      other: { target: 'RU', figures: [f('unknown-drone', null, 53, null)] },
    },
    traps: ["the other side's claim first", '"over several regions" is not one region'],
  },
  {
    id: 'b2-neutralised-split',
    style: 'Air Force, English, spring 2025',
    text: 'On the night of 17 May, the enemy attacked with 84 Shahed-type attack drones and imitator drones. Air defence neutralised 84 enemy drones: 46 were shot down and 38 were locationally lost.',
    today: '2025-05-17',
    expected: { date: '2025-05-17', target: 'UA', figures: [f('attack-and-decoy-drones', 84, 46, 38)] },
    traps: ['a combined figure that the statement also splits (SPEC §1)'],
  },
  {
    id: 'b2-odesa-attack-killed',
    style: 'Reuters, casualties and a share of launches',
    text: 'A Russian drone attack on Odesa killed two people overnight; the air force said 28 of 35 drones launched were destroyed.',
    today: '2024-03-15',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 35, 28, null)] },
    traps: ['"a Russian drone attack" is not one drone', '"28 of 35 drones launched were destroyed"'],
  },
  {
    id: 'b2-one-clause-two-sides',
    style: 'AP, both sides in one sentence',
    text: 'Russia launched 70 drones at Ukraine overnight and Russia said it had downed 20 Ukrainian drones over its territory. Ukraine said 45 of the drones were shot down.',
    today: '2024-07-08',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-drone', 70, 45, null)],
      other: { target: 'RU', figures: [f('unknown-drone', null, 20, null)] },
    },
    traps: ['two sides in one clause'],
  },
  {
    id: 'b2-none-shot-down',
    style: 'News brief, nothing intercepted',
    text: 'Russia attacked the Odesa region with two Kh-31P missiles and an Oniks missile overnight; none were shot down.',
    today: '2025-04-26',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kh-31p', 2, 0, null), f('p-800-oniks', 1, 0, null)],
    },
    traps: ['"none" is 0 for each type'],
  },
  {
    id: 'b2-uk-23-z-30',
    style: 'Ukrainian, "23 з 30"',
    text: 'Сили ППО збили 23 з 30 ударних БпЛА, запущених по Україні вночі.',
    today: '2024-05-05',
    expected: { date: null, target: 'UA', figures: [f('shahed-136-131', 30, 23, null)] },
    traps: ['"23 з 30"'],
  },
  {
    id: 'b2-all-four-cruise',
    style: 'News brief',
    text: 'Ukrainian air defence shot down 16 out of 23 Shahed drones and all four cruise missiles fired by Russia overnight.',
    today: '2024-01-28',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('cruise-missile', 4, 4, null), f('shahed-136-131', 23, 16, null)],
    },
    traps: ['"16 out of 23"', '"all four" says four were fired'],
  },
  {
    id: 'b2-aggregates-only',
    style: 'Air Force, totals only',
    text: 'In total, the enemy used 62 means of air attack overnight. 55 air targets were shot down.',
    today: '2024-04-04',
    expected: { date: null, target: 'UA', figures: [] },
    traps: ['only aggregates'],
  },
  {
    id: 'b2-from-evening',
    style: 'Air Force, attack window',
    text: 'From 19:00 on 13 March to 08:00 on 14 March, Russia attacked Ukraine with 117 drones and 2 Iskander-M ballistic missiles. 83 drones were shot down; 26 drones were locationally lost.',
    today: '2025-03-20',
    expected: {
      date: '2025-03-14',
      target: 'UA',
      figures: [f('iskander-m-kn-23', 2, null, null), f('unknown-drone', 117, 83, 26)],
    },
    traps: ['an evening start dates the next morning'],
  },
  {
    id: 'b2-including-shaheds',
    style: 'Reuters, a part of the drones by type',
    text: 'Russia launched 150 drones, including 90 Shahed attack drones, and nine missiles at Ukraine overnight. Air defences shot down 120 drones and six missiles.',
    today: '2024-12-13',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', 9, 6, null), f('unknown-drone', 150, 120, null)],
    },
    traps: ['"including 90 Shaheds" is part of the 150'],
  },
  // Third batch, a holdout: written and run once, never tuned on. Misses stay marked as known misses.
  {
    id: 'h-largest-attack',
    style: 'Reuters, 2025',
    text: "Russia launched 477 drones and decoys and 60 missiles of various types at Ukraine overnight, Ukraine's air force said on Sunday, in what Ukrainian officials described as the largest aerial attack of the war. Air defences shot down 211 drones and 38 missiles, while 225 drones were 'lost' from radars or were jammed by electronic warfare.",
    today: '2025-06-29',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', 60, 38, null), f('attack-and-decoy-drones', 477, 211, 225)],
    },
    traps: ['"drones and decoys"', '"largest … of the war"'],
  },
  {
    id: 'h-af-2024-12-13',
    style: 'Air Force, English, 2024',
    text: 'In the night of December 13, the enemy launched a massive missile and drone attack: 94 missiles and 193 UAVs. 81 missiles and 80 drones were shot down. 105 drones were locationally lost.',
    today: '2024-12-14',
    expected: {
      date: '2024-12-13',
      target: 'UA',
      figures: [f('unknown-missile', 94, 81, null), f('unknown-drone', 193, 80, 105)],
    },
    traps: ['"a massive missile and drone attack"'],
  },
  {
    id: 'h-ki-not-shot-down',
    style: 'Kyiv Independent, 2024',
    text: "Ukraine's air defense shot down 16 out of 18 Shahed-type drones launched by Russia overnight on Aug. 9, the Air Force reported. Russia also attacked with two Kh-59 guided missiles, which were not shot down.",
    today: '2024-08-09',
    expected: {
      date: '2024-08-09',
      target: 'UA',
      figures: [f('kh-59-kh-69', 2, 0, null), f('shahed-136-131', 18, 16, null)],
    },
    traps: ['"which were not shot down" is zero shot down'],
    knownMiss: 'a negated verb without a number is not read as 0 shot down (Kh-59 shot down stays unknown)',
  },
  {
    id: 'h-uk-2025-03-03',
    style: 'Air Force morning post, Ukrainian, 2025',
    text: 'В ніч на 3 березня противник атакував 83 ударними БпЛА типу Shahed та дронами-імітаторами різних типів. Станом на 09:00 підтверджено збиття 46 ударних БпЛА. 33 ворожі дрони-імітатори локаційно втрачено (без негативних наслідків). Уражено Харківщину, Сумщину, Одещину.',
    today: '2025-03-03',
    expected: { date: '2025-03-03', target: 'UA', figures: [f('attack-and-decoy-drones', 83, 46, 33)] },
    traps: ['Ukrainian'],
  },
  {
    id: 'h-ap-2022-more-than-70',
    style: 'AP, 2022',
    text: 'Russia fired more than 70 missiles at Ukraine on Thursday, the Ukrainian military said, and air defenses shot down 54 of them.',
    today: '2022-11-24',
    expected: { date: null, target: 'UA', figures: [f('unknown-missile', null, 54, null)] },
    traps: ['approximate launches'],
  },
  {
    id: 'h-revised-figure',
    style: 'Reuters, a revised figure',
    text: "Ukraine's air force initially said 37 drones had been shot down, but later raised the figure to 41 of the 52 drones launched.",
    today: '2024-09-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 52, 41, null)] },
    traps: ['a figure later revised'],
    knownMiss: 'adds the first and the revised figure (37 + 41) instead of keeping the revised 41',
  },
  {
    id: 'h-ru-largest-on-moscow',
    style: "Reuters on Russia's Defence Ministry",
    text: "Russian air defence systems destroyed 337 Ukrainian drones over Russian regions overnight, including 91 over the Moscow region, the defence ministry said, in what appeared to be Kyiv's largest drone attack on Russia.",
    today: '2025-03-11',
    expected: { date: null, target: 'RU', figures: [f('unknown-drone', null, 337, null)] },
    traps: ['a region\'s share', '"largest"'],
  },
  {
    id: 'h-2023-02-16-bombers',
    style: 'Air Force, English, 2023',
    text: 'On February 16, 2023, the enemy launched 32 missiles: Kh-101/Kh-555 air-launched cruise missiles from 10 Tu-95MS strategic bombers, Kalibr sea-launched missiles and Kh-22 missiles. Air defence destroyed 16 missiles.',
    today: '2023-02-16',
    expected: { date: '2023-02-16', target: 'UA', figures: [f('unknown-missile', 32, 16, null)] },
    traps: ['"10 Tu-95MS" are aircraft'],
  },
  {
    id: 'h-weekend-two-nights',
    style: 'News summary of two nights',
    text: 'Over the weekend, Russia launched 120 drones at Ukraine on Saturday night and 85 on Sunday night, the air force said.',
    today: '2024-11-25',
    expected: { date: null, target: 'UA', figures: [] },
    traps: ['two nights in one sentence'],
    knownMiss: '"over the weekend" is not seen as a period, so the two nights are added into one',
  },
  {
    id: 'h-gerbera-lost',
    style: 'Air Force, English, 2025',
    text: 'The enemy attacked with 101 attack UAVs of the Shahed type and decoy drones. 75 drones were shot down; 23 Gerbera decoys were locationally lost.',
    today: '2025-02-10',
    expected: { date: null, target: 'UA', figures: [f('attack-and-decoy-drones', 101, 75, 23)] },
    traps: ['"of the Shahed type"'],
  },
  {
    id: 'h-governor-share',
    style: "A regional governor's post",
    text: 'Air defences intercepted 20 of the 23 drones; three others struck an energy facility in the Lviv region, regional governor Maksym Kozytskyi said.',
    today: '2024-12-25',
    expected: { date: null, target: 'UA', figures: [] },
    traps: ["a governor's figures"],
  },
  {
    id: 'h-since-2022-iskander-k',
    style: 'News report with a running total',
    text: "Since February 2022, Russia has launched 1,234 Iskander missiles, Ukraine's intelligence said. Overnight, the enemy launched two Iskander-K cruise missiles at Kyiv; both were shot down.",
    today: '2024-03-21',
    expected: { date: null, target: 'UA', figures: [f('iskander-k', 2, 2, null)] },
    traps: ['a running total since 2022', '"both were shot down"'],
  },
  {
    id: 'h-uk-ru-claim',
    style: "Ukrainian news on Russia's claim",
    text: 'Міноборони Росії заявило, що вночі над територією Росії було збито 25 українських безпілотників.',
    today: '2024-10-20',
    expected: { date: null, target: 'RU', figures: [f('unknown-drone', null, 25, null)] },
    traps: ['Ukrainian text about the other side'],
  },
  {
    id: 'h-parentheses-parts',
    style: 'Editor-style summary',
    text: 'The enemy attacked with 6 missiles (4 Iskander-M, 2 Kh-59) and 45 drones. Shot down: 2 Kh-59, 38 drones.',
    today: '2024-05-10',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('iskander-m-kn-23', 4, null, null), f('kh-59-kh-69', 2, 2, null), f('unknown-drone', 45, 38, null)],
    },
    traps: ['parts in brackets'],
  },
  // Fourth batch: probes written after the holdout; the two marked "fixed" failed first.
  {
    id: 'p-25-of-35-one-of-two',
    style: 'Kyiv Independent',
    text: "Ukraine's Air Force said it downed 25 of the 35 drones and one of the two missiles launched by Russia overnight.",
    today: '2025-06-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', 2, 1, null), f('unknown-drone', 35, 25, null)],
    },
    traps: ['"one of the two missiles"'],
  },
  {
    id: 'p-adding-that-neutralised',
    style: 'Reuters (fixed: the verb of the listed counts)',
    text: 'Russia struck Ukraine with 40 missiles and more than 500 drones overnight, the air force said, adding that 476 drones and 30 missiles were neutralised.',
    today: '2025-06-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', 40, 30, null), f('unknown-drone', null, 476, null)],
    },
    traps: ['a verb earlier in the sentence', 'approximate launches'],
  },
  {
    id: 'p-eight-locationally-lost',
    style: 'Reuters',
    text: "The air force said Russia launched 23 drones, of which 15 were shot down and eight were 'locationally lost'. No damage was reported.",
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 23, 15, 8)] },
    traps: ['number word after "and"'],
  },
  {
    id: 'p-shahed-and-decoy-intercepted',
    style: 'AP',
    text: "Overnight, Russian forces launched 101 Shahed and decoy drones against Ukraine. Ukraine's air defenses intercepted 63, while 30 disappeared from radar.",
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('attack-and-decoy-drones', 101, 63, 30)] },
    traps: ['"Shahed and decoy drones"'],
  },
  {
    id: 'p-shot-down-or-suppressed-them',
    style: 'Reuters',
    text: 'Of the 157 drones launched overnight, Ukrainian forces shot down 142 or suppressed them with electronic warfare, the air force said.',
    today: '2025-09-05',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 157, 142, null)] },
    traps: ['"of the 157" leads the sentence'],
  },
  {
    id: 'p-semicolon-list',
    style: 'News brief (fixed: a verb before a semicolon)',
    text: 'Russia launched 3 Iskander-M missiles and 59 drones; 2 missiles and 44 drones were shot down. In addition, 12 drones were lost locationally.',
    today: '2025-06-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('iskander-m-kn-23', 3, 2, null), f('unknown-drone', 59, 44, 12)],
    },
    traps: ['verbs on both sides of a semicolon'],
  },
  // Fifth batch: a review found "did not reach their targets" read as shot down (the verb of the clause
  // before). The first eight are the review's own examples (the six figure cases failed before the fix;
  // the two date cases passed, the note on a later date is tested in parse-statement.test.ts); then
  // variants of the phrasing, and counts with a verb the parser does not know.
  {
    id: 'r-didnt-reach',
    style: 'Review example: short summary',
    text: "50 drones launched. 30 were shot down, 12 drones didn't reach their targets.",
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 50, 30, 12)] },
    traps: ['"didn\'t reach" is lost, not the shot down of the clause before'],
  },
  {
    id: 'r-did-not-reach',
    style: 'Review example: news brief',
    text: 'Russia launched 50 drones overnight. Air defence shot down 30 of them, and 12 drones did not reach their targets.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 50, 30, 12)] },
    traps: ['"did not reach" after a verb with "of them"'],
  },
  {
    id: 'r-another-could-not-reach',
    style: 'Review example: short summary',
    text: '50 drones launched. 30 were shot down, another 12 drones could not reach their targets.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 50, 30, 12)] },
    traps: ['"another" must not add the 12 to the shot down', '"could not reach"'],
  },
  {
    id: 'r-missiles-did-not-reach',
    style: 'Review example: two clauses, two categories',
    text: '30 drones were shot down; 2 missiles did not reach their targets.',
    today: '2025-06-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('unknown-missile', null, null, 2), f('unknown-drone', null, 30, null)],
    },
    traps: ['the missiles\' own verb, not the drones\''],
  },
  {
    id: 'r-uk-ne-dosyahly-svoikh-tsilei',
    style: 'Review example: Air Force post, Ukrainian',
    text: 'Противник атакував 50 БпЛА. Збито 30, ще 12 БпЛА не досягли своїх цілей.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 50, 30, 12)] },
    traps: ['"своїх" between the verb and "цілей"', '"ще" must not add the 12 to the shot down'],
  },
  {
    id: 'r-none-of-kinzhal-or-kh22',
    style: 'Review example: news brief',
    text: 'Russia launched 4 Kinzhal and 3 Kh-22 missiles and 40 drones overnight. Air defence shot down 35 drones. None of the Kinzhal or Kh-22 missiles were shot down.',
    today: '2025-06-01',
    expected: {
      date: null,
      target: 'UA',
      figures: [f('kh-47m2-kinzhal', 4, 0, null), f('kh-22-kh-32', 3, 0, null), f('unknown-drone', 40, 35, null)],
    },
    traps: ['"none of" two weapons joined by "or": 0 of each'],
  },
  {
    id: 'r-future-year-given',
    style: 'Review example: Air Force post with a year later than today',
    text: 'On the night of 12 February 2026, the enemy attacked with 50 attack drones; 30 were shot down.',
    today: '2026-02-10',
    expected: { date: '2026-02-12', target: 'UA', figures: [f('shahed-136-131', 50, 30, null)] },
    traps: ['a year given in the text is kept (and noted) even after today'],
  },
  {
    id: 'r-future-year-inferred',
    style: 'Review example: Air Force post without a year',
    text: 'On the night of 12 February, the enemy attacked with 50 attack drones; 30 were shot down.',
    today: '2026-02-10',
    expected: { date: '2025-02-12', target: 'UA', figures: [f('shahed-136-131', 50, 30, null)] },
    traps: ['an inferred year is never after today'],
  },
  {
    id: 'r-were-unable-to-reach',
    style: 'Reuters',
    text: 'Of the 60 drones launched overnight, 41 were destroyed and 15 were unable to reach their targets, the air force said.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 60, 41, 15)] },
    traps: ['"were unable to reach"'],
  },
  {
    id: 'r-did-not-manage-to-reach',
    style: 'Air Force post, English',
    text: 'The enemy launched 80 Shahed-type attack drones. 52 were shot down; 20 more did not manage to reach their targets.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('shahed-136-131', 80, 52, 20)] },
    traps: ['"did not manage to reach"', '"20 more"'],
  },
  {
    id: 'r-never-reached',
    style: 'AP',
    text: 'Russia fired six Kh-101 cruise missiles; four were shot down and two never reached their targets.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('kh-101-kh-555', 6, 4, 2)] },
    traps: ['"never reached" is lost, not "reached"'],
  },
  {
    id: 'r-couldnt-reach-intended',
    style: 'Kyiv Independent',
    text: "Russia launched 40 drones; 25 were downed and 10 others couldn't reach their intended targets.",
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 40, 25, 10)] },
    traps: ['"couldn\'t reach their intended targets"', '"10 others"'],
  },
  {
    id: 'r-uk-ne-zmohly-dosyahty',
    style: 'Air Force post, Ukrainian',
    text: 'Противник запустив 70 ударних БпЛА типу Shahed. Збито 50 БпЛА, ще 15 не змогли досягти цілей.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('shahed-136-131', 70, 50, 15)] },
    traps: ['"не змогли досягти цілей"', '"ще" after a verb'],
  },
  {
    id: 'r-uk-ne-doletily-do-svoikh',
    style: 'Air Force post, Ukrainian',
    text: 'У ніч на 5 березня противник атакував 3 ракетами Х-59 та 40 БпЛА. Збито 30 БпЛА, 8 БпЛА не долетіли до своїх цілей.',
    today: '2025-06-01',
    expected: {
      date: '2025-03-05',
      target: 'UA',
      figures: [f('kh-59-kh-69', 3, null, null), f('unknown-drone', 40, 30, 8)],
    },
    traps: ['"не долетіли до своїх цілей"'],
  },
  {
    id: 'r-uk-ne-dosyahly-svoiei-mety',
    style: 'Air Force post, Ukrainian',
    text: 'Противник атакував 45 ударними БпЛА. Збито 30 БпЛА, ще 10 ворожих дронів не досягли своєї мети.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('shahed-136-131', 45, 30, 10)] },
    traps: ['"своєї мети"', 'bare "БпЛА" after attack drones'],
  },
  {
    id: 'r-own-unknown-verb',
    style: 'News brief: a predicate the parser does not know',
    text: '50 drones launched. 30 were shot down, 12 drones went missing.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 50, 30, null)] },
    traps: ['"went missing" is not read, and the 12 must not take "shot down"'],
  },
  {
    id: 'r-uk-own-negated-verb',
    style: 'Air Force post, Ukrainian: a negated verb the parser does not know',
    text: 'Противник атакував 50 БпЛА. Збито 30, ще 12 БпЛА не вибухнули.',
    today: '2025-06-01',
    expected: { date: null, target: 'UA', figures: [f('unknown-drone', 50, 30, null)] },
    traps: ['"не вибухнули" is not read, and the 12 must not take "збито"'],
  },
];
