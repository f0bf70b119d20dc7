// Validation messages (catalogue keys with their parameters, lib/validation.ts) in the editor's
// language, for a form's field errors. A message zod wrote itself is shown as it is.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ValidationMessage } from '@/lib/validation';

export async function translateErrors(errors: Record<string, ValidationMessage>): Promise<Record<string, string>> {
  const t = await getTranslations('validation');
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field,
      t.has(message.key as Parameters<typeof t.has>[0]) ? t(message.key as Parameters<typeof t>[0], message.values) : message.key,
    ]),
  );
}
