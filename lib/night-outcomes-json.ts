// The night outcomes as the JSON API names them, read (PUT /api/nights/DATE) and written (GET /api/nights):
// "hits": {"missile", "drone"}, "places_hit", "places_debris", "shaheds", each an integer or null, and
// "qualifiers" with a key only for each figure given approximately, e.g. {"shaheds": "about"}.
import type { NightOutcomeField, NightOutcomes, NightQualifiers, Qualifier } from './domain';
import { NIGHT_OUTCOME_FIELDS } from './domain';

/** Each outcome's key in "qualifiers", which is also its path in a field error (hits.missile aside). */
export const OUTCOME_JSON_KEY: Record<NightOutcomeField, string> = {
  hitsMissile: 'hits_missile',
  hitsDrone: 'hits_drone',
  placesHit: 'places_hit',
  placesDebris: 'places_debris',
  shaheds: 'shaheds',
};

/** Where an outcome's count sits in the JSON night: `hits.missile`, `places_hit`, … */
export const OUTCOME_JSON_PATH: Record<NightOutcomeField, string> = {
  ...OUTCOME_JSON_KEY,
  hitsMissile: 'hits.missile',
  hitsDrone: 'hits.drone',
};

export type OutcomesJson = {
  hits: { missile: number | null; drone: number | null };
  places_hit: number | null;
  places_debris: number | null;
  shaheds: number | null;
  qualifiers: Partial<Record<string, Qualifier>>;
};

export function outcomesToJson(outcomes: NightOutcomes, qualifiers: NightQualifiers): OutcomesJson {
  const json: OutcomesJson['qualifiers'] = {};
  for (const field of NIGHT_OUTCOME_FIELDS) {
    const qualifier = qualifiers[field];
    if (qualifier && outcomes[field] !== null) json[OUTCOME_JSON_KEY[field]] = qualifier;
  }
  return {
    hits: { missile: outcomes.hitsMissile, drone: outcomes.hitsDrone },
    places_hit: outcomes.placesHit,
    places_debris: outcomes.placesDebris,
    shaheds: outcomes.shaheds,
    qualifiers: json,
  };
}
