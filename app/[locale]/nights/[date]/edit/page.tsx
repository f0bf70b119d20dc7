// Editing or deleting a night: editors only. The form carries the night's version, so a save or delete
// made from a page opened before someone else's save is refused instead of overwriting it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireEditor } from '@/app/_auth/session';
import { EditorMessages } from '@/app/_form/editor-messages';
import { fetchNight } from '@/db/queries/night';
import { fetchWeapons } from '@/db/queries/weapons';
import { readNightAddress } from '@/lib/night-address';
import { nightFormValues } from '@/lib/night-form';
import { nightHref } from '@/lib/routes';
import { DeleteNight } from '../../_form/delete-night';
import { NightForm } from '../../_form/night-form';
import { formWeapons } from '../../_form/form-weapons';

export async function generateMetadata({ params }: { params: Promise<{ date: string }> }): Promise<Metadata> {
  const { date } = await params;
  const t = await getTranslations('nightForm');
  return { title: t('editMetaTitle', { date }) };
}

export default async function EditNightPage({
  params,
  searchParams,
}: {
  params: Promise<{ date: string }>;
  searchParams: Promise<{ target?: string }>;
}) {
  const address = readNightAddress((await params).date, (await searchParams).target);
  if (!address) notFound();
  await requireEditor(nightHref(address, 'edit'));
  const { date, target } = address;
  const found = fetchNight(date, target);
  if (!found) notFound();
  const t = await getTranslations('nightForm');
  const weapons = fetchWeapons();
  return (
    <main>
      <h1>
        {t('editTitle', { date })} <span className="muted">· {t(`targets.${target}`)}</span>
      </h1>
      <p className="muted small">{t('editVersion', { version: found.night.version })}</p>
      <EditorMessages namespaces={['nightForm', 'statementFill']}>
        <div className="card">
          <NightForm
            mode="edit"
            nightId={found.night.id}
            weapons={formWeapons(weapons, await getLocale())}
            initialValues={nightFormValues(found.night, found.figures)}
          />
        </div>
        <DeleteNight
          nightId={found.night.id}
          version={found.night.version}
          date={date}
          target={target}
          figureCount={found.figures.length}
        />
      </EditorMessages>
    </main>
  );
}
