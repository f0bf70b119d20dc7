'use server';
// The night form's actions. Each checks the session itself (a form is not a lock: anyone can post to
// an action), validates with the shared schema, writes in one transaction with its revision, and
// answers the form with the typed values and errors, or redirects once the write is done.
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { getEditor, type Editor } from '@/app/_auth/session';
import { translateErrors } from '@/app/_form/translate-errors';
import { getDb } from '@/db/client';
import { fetchWeapons } from '@/db/queries/weapons';
import { redirect } from '@/i18n/navigation';
import { deleteNight } from '@/db/writes/delete-night';
import type { Actor } from '@/db/writes/revisions';
import { whenWritable } from '@/db/writes/write-lock';
import { createNight, updateNight, type SaveNightResult } from '@/db/writes/save-night';
import { parseNightForm, readNightForm, rowFieldName, type NightFormValues } from '@/lib/night-form';
import { dashboardHref, nightHref } from '@/lib/routes';
import type { DeleteNightState, NightFormState } from './form-state';

/** The form's values, parsed against the weapons as stored now (their categories bound hits and Shaheds). */
function parse(values: NightFormValues) {
  const categories = new Map(fetchWeapons().map((weapon) => [weapon.id, weapon.category]));
  return parseNightForm(values, (id) => categories.get(id));
}

export async function createNightAction(_previous: NightFormState, formData: FormData): Promise<NightFormState> {
  const values = readNightForm(formData.entries());
  const editor = await getEditor();
  if (!editor) return { values, errors: {}, problem: { kind: 'signed-out' } };
  const parsed = parse(values);
  if (!parsed.ok) return { values, errors: await translateErrors(parsed.errors), problem: { kind: 'invalid' } };
  const db = getDb();
  const result = await whenWritable(db, () => createNight(db, parsed.night, actorOf(editor)));
  return answer(values, parsed.rowIndexes, result);
}

export async function updateNightAction(_previous: NightFormState, formData: FormData): Promise<NightFormState> {
  const values = readNightForm(formData.entries());
  const editor = await getEditor();
  if (!editor) return { values, errors: {}, problem: { kind: 'signed-out' } };
  const parsed = parse(values);
  if (!parsed.ok) return { values, errors: await translateErrors(parsed.errors), problem: { kind: 'invalid' } };
  const nightId = positiveInteger(formData.get('nightId'));
  // "Save my values over it", offered after a refused stale save, names the version the editor was shown.
  const expectedVersion = positiveInteger(formData.get('overwriteVersion')) ?? parsed.night.version;
  if (nightId === null || expectedVersion === undefined || expectedVersion === null) {
    const t = await getTranslations('nightForm');
    return { values, errors: { form: t('errors.noNight') }, problem: { kind: 'invalid' } };
  }
  const db = getDb();
  const result = await whenWritable(db, () => updateNight(db, nightId, expectedVersion, parsed.night, actorOf(editor)));
  return answer(values, parsed.rowIndexes, result);
}

export async function deleteNightAction(_previous: DeleteNightState, formData: FormData): Promise<DeleteNightState> {
  const editor = await getEditor();
  if (!editor) return { problem: { kind: 'signed-out' } };
  const nightId = positiveInteger(formData.get('nightId'));
  const version = positiveInteger(formData.get('version'));
  if (nightId === null || version === null) return { problem: { kind: 'invalid' } };
  const db = getDb();
  const result = await whenWritable(db, () => deleteNight(db, nightId, version, actorOf(editor)));
  if (!result.ok) {
    return { problem: result.reason === 'stale' ? { kind: 'stale', ...result.current } : { kind: 'not-found' } };
  }
  revalidatePath('/', 'layout');
  const { date, target } = result.night;
  return redirect({ href: dashboardHref({ target: target === 'RU' ? target : undefined }, { deleted: date }), locale: await getLocale() });
}

function actorOf(editor: Editor): Actor {
  return { userId: editor.id, label: editor.email };
}

function positiveInteger(value: FormDataEntryValue | null): number | null {
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim())) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

async function answer(values: NightFormValues, rowIndexes: number[], result: SaveNightResult): Promise<NightFormState> {
  if (result.ok) {
    revalidatePath('/', 'layout');
    return redirect({ href: nightHref(result.night), locale: await getLocale() });
  }
  const t = await getTranslations('nightForm');
  switch (result.reason) {
    case 'duplicate':
      return { values, errors: { date: t('errors.duplicateDate') }, problem: { kind: 'duplicate', ...result.existing } };
    case 'stale':
    case 'version-required':
      return { values, errors: {}, problem: { kind: 'stale', ...result.current } };
    case 'not-found':
      return { values, errors: {}, problem: { kind: 'not-found' } };
    case 'gone':
      return { values, errors: {}, problem: { kind: 'gone' } };
    case 'unknown-weapon': {
      const errors = Object.fromEntries(
        result.figureIndexes.map((index) => [rowFieldName(rowIndexes[index] ?? index, 'weaponId'), t('errors.unknownWeapon')]),
      );
      return { values, errors, problem: { kind: 'invalid' } };
    }
  }
}
