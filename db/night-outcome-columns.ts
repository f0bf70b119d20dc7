// A night's outcomes and their qualifiers as columns to select, named as the app names them
// (lib/domain.ts NightOutcomeField, `<field>Qualifier`): one list for every read that needs them.
import { nights } from './schema';

export const NIGHT_OUTCOME_COLUMNS = {
  hitsMissile: nights.hitsMissile,
  hitsMissileQualifier: nights.hitsMissileQualifier,
  hitsDrone: nights.hitsDrone,
  hitsDroneQualifier: nights.hitsDroneQualifier,
  placesHit: nights.placesHit,
  placesHitQualifier: nights.placesHitQualifier,
  placesDebris: nights.placesDebris,
  placesDebrisQualifier: nights.placesDebrisQualifier,
  shaheds: nights.shaheds,
  shahedsQualifier: nights.shahedsQualifier,
} as const;
