'use server';
// The night form's actions. Each checks the session itself (a form is not a lock: anyone can post to
// an action), validates with the shared schema, writes in one transaction with its revision, and
// answers the form with the typed values and errors, or redirects once the write is done.
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { getEditor, type Editor } from '@/app/_auth/session';
import { getDb } from '@/db/client';
import { redirect } from '@/i18n/navigation';
import { deleteNight } from '@/db/writes/delete-night';
import type { Actor } from '@/db/writes/revisions';
import { createNight, updateNight, type SaveNightResult } from '@/db/writes/save-night';
import { parseNightForm, readNightForm, rowFieldName, type NightFormValues } from '@/lib/night-form';
import { dashboardHref, nightHref } from '@/lib/routes';
import type { DeleteNightState, NightFormState } from './form-state';

export async function createNightAction(_previous: NightFormState, formData: FormData): Promise<NightFormState> {
  const values = readNightForm(formData.entries());
  const editor = await getEditor();
  if (!editor) return { values, errors: {}, problem: { kind: 'signed-out' } };
  const parsed = parseNightForm(values);
  if (!parsed.ok) return { values, errors: parsed.errors, problem: { kind: 'invalid' } };
  const result = createNight(getDb(), parsed.night, actorOf(editor));
  return answer(values, parsed.rowIndexes, result);
}

export async function updateNightAction(_previous: NightFormState, formData: FormData): Promise<NightFormState> {
  const values = readNightForm(formData.entries());
  const editor = await getEditor();
  if (!editor) return { values, errors: {}, problem: { kind: 'signed-out' } };
  const parsed = parseNightForm(values);
  if (!parsed.ok) return { values, errors: parsed.errors, problem: { kind: 'invalid' } };
  const nightId = positiveInteger(formData.get('nightId'));
  // "Save my values over it", offered after a refused stale save, names the version the editor was shown.
  const expectedVersion = positiveInteger(formData.get('overwriteVersion')) ?? parsed.night.version;
  if (nightId === null || expectedVersion === undefined || expectedVersion === null) {
    return {
      values,
      errors: { form: 'This form does not say which night and version it edits. Reload the page and try again.' },
      problem: { kind: 'invalid' },
    };
  }
  const result = updateNight(getDb(), nightId, expectedVersion, parsed.night, actorOf(editor));
  return answer(values, parsed.rowIndexes, result);
}

export async function deleteNightAction(_previous: DeleteNightState, formData: FormData): Promise<DeleteNightState> {
  const editor = await getEditor();
  if (!editor) return { problem: { kind: 'signed-out' } };
  const nightId = positiveInteger(formData.get('nightId'));
  const version = positiveInteger(formData.get('version'));
  if (nightId === null || version === null) return { problem: { kind: 'invalid' } };
  const result = deleteNight(getDb(), nightId, version, actorOf(editor));
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
  switch (result.reason) {
    case 'duplicate':
      return {
        values,
        errors: { date: 'A night with this date and target already exists' },
        problem: { kind: 'duplicate', ...result.existing },
      };
    case 'stale':
      return { values, errors: {}, problem: { kind: 'stale', ...result.current } };
    case 'not-found':
      return { values, errors: {}, problem: { kind: 'not-found' } };
    case 'unknown-weapon': {
      const errors = Object.fromEntries(
        result.figureIndexes.map((index) => [
          rowFieldName(rowIndexes[index] ?? index, 'weaponId'),
          'This weapon is not in the list: choose another',
        ]),
      );
      return { values, errors, problem: { kind: 'invalid' } };
    }
  }
}
