'use server';
// Adding a weapon: checks the session itself, validates with the shared schema, answers with errors in
// the editor's language.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getEditor } from '@/app/_auth/session';
import { translateErrors } from '@/app/_form/translate-errors';
import { getDb } from '@/db/client';
import { createWeapon } from '@/db/writes/create-weapon';
import { whenWritable } from '@/db/writes/write-lock';
import { WEAPON_CLASSES, type WeaponClass } from '@/lib/domain';
import { issueMessage, weaponInputSchema, type ValidationMessage } from '@/lib/validation';
import type { WeaponFormState } from './weapon-form-state';

export async function createWeaponAction(_previous: WeaponFormState, formData: FormData): Promise<WeaponFormState> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  const values = { name: text('name'), category: text('category'), weaponClass: text('weaponClass'), aliases: text('aliases') };
  const t = await getTranslations('weapons');
  const editor = await getEditor();
  if (!editor) return { values, errors: {}, message: t('signedOut'), added: null };
  const parsed = weaponInputSchema.safeParse(values);
  if (!parsed.success) {
    const messages: Record<string, ValidationMessage> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string') continue;
      const message = issueMessage(issue);
      // A class named in a message is shown by its name in the editor's language, not its code.
      const weaponClass = message.values.weaponClass;
      if (typeof weaponClass === 'string' && isWeaponClass(weaponClass)) message.values.weaponClass = t(`classes.${weaponClass}`);
      messages[field] ??= message;
    }
    return { values, errors: await translateErrors(messages), message: t('invalid'), added: null };
  }
  const db = getDb();
  const result = await whenWritable(db, () => createWeapon(db, parsed.data));
  if (!result.ok) {
    const [message = ''] = Object.values(
      await translateErrors({ exists: { key: 'weaponExists', values: { spelling: result.spelling, existing: result.existing } } }),
    );
    return { values, errors: { [result.field]: message }, message: t('exists', { message }), added: null };
  }
  revalidatePath('/', 'layout');
  return { values: { name: '', category: '', weaponClass: '', aliases: '' }, errors: {}, message: null, added: result.weapon.name };
}

function isWeaponClass(value: string): value is WeaponClass {
  return (WEAPON_CLASSES as readonly string[]).includes(value);
}
