'use server';
// Adding a weapon: checks the session itself, validates with the shared schema, answers with errors.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getEditor } from '@/app/_auth/session';
import { getDb } from '@/db/client';
import { createWeapon } from '@/db/writes/create-weapon';
import { weaponInputSchema } from '@/lib/validation';
import type { WeaponFormState } from './weapon-form-state';

export async function createWeaponAction(_previous: WeaponFormState, formData: FormData): Promise<WeaponFormState> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  const values = { name: text('name'), category: text('category'), weaponClass: text('weaponClass'), aliases: text('aliases') };
  const editor = await getEditor();
  if (!editor) return { values, errors: {}, message: 'You are not signed in (your session may have ended). Nothing was added.', added: null };
  const parsed = weaponInputSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const errors = Object.fromEntries(
      Object.entries(fieldErrors).flatMap(([field, messages]) => (messages?.[0] ? [[field, messages[0]]] : [])),
    );
    return { values, errors, message: 'The weapon was not added: correct the fields marked below.', added: null };
  }
  const result = createWeapon(getDb(), parsed.data);
  if (!result.ok) {
    const message = `"${result.spelling}" already names ${result.existing}`;
    return { values, errors: { [result.field]: message }, message: `The weapon was not added: ${message}.`, added: null };
  }
  revalidatePath('/', 'layout');
  return { values: { name: '', category: '', weaponClass: '', aliases: '' }, errors: {}, message: null, added: result.weapon.name };
}
