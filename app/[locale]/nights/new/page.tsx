// Entering a night: editors only. The form starts on today's date with a row for each common weapon.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireEditor } from '@/app/_auth/session';
import { EditorMessages } from '@/app/_form/editor-messages';
import { fetchWeapons } from '@/db/queries/weapons';
import { todayInKyiv } from '@/lib/dates';
import { DEFAULT_TARGET } from '@/lib/domain';
import { targetParamSchema } from '@/lib/night-address';
import { newNightValues } from '@/lib/night-form';
import { newNightHref } from '@/lib/routes';
import { NightForm } from '../_form/night-form';
import { formWeapons } from '../_form/form-weapons';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('nightForm');
  return { title: t('newMetaTitle') };
}

export default async function NewNightPage({ searchParams }: { searchParams: Promise<{ target?: string }> }) {
  const target = targetParamSchema.catch(DEFAULT_TARGET).parse((await searchParams).target);
  await requireEditor(newNightHref(target));
  const t = await getTranslations('nightForm');
  const weapons = fetchWeapons();
  const initialValues = newNightValues(
    todayInKyiv(),
    target,
    weapons.filter((weapon) => weapon.common).map((weapon) => weapon.id),
  );
  return (
    <main>
      <h1>{t('newTitle')}</h1>
      <div className="card">
        <EditorMessages namespaces={['nightForm', 'statementFill']}>
          <NightForm
            mode="create"
            weapons={formWeapons(weapons, await getLocale())}
            initialValues={initialValues}
          />
        </EditorMessages>
      </div>
    </main>
  );
}
