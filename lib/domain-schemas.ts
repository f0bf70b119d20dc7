// The SPEC's vocabulary as zod enums, for validating what comes in (forms, files, URLs, JSON).
import { z } from 'zod';
import { CATEGORIES, TARGETS, WEAPON_CLASSES } from './domain';

export const targetSchema = z.enum(TARGETS);
export const categorySchema = z.enum(CATEGORIES);
export const weaponClassSchema = z.enum(WEAPON_CLASSES);
