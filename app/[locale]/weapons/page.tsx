// The weapon list, and a form for editors to add one the seed list lacks.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireEditor } from '@/app/_auth/session';
import { EditorMessages } from '@/app/_form/editor-messages';
import { fetchWeapons } from '@/db/queries/weapons';
import { WeaponForm } from './weapon-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('weapons');
  return { title: t('metaTitle') };
}

export default async function WeaponsPage() {
  await requireEditor('/weapons');
  const t = await getTranslations('weapons');
  const weapons = fetchWeapons();
  return (
    <main>
      <h1>{t('title')}</h1>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="add-weapon-heading">
          <h2 id="add-weapon-heading">{t('addHeading')}</h2>
          <EditorMessages namespaces={['weapons']}>
            <WeaponForm />
          </EditorMessages>
        </section>
        <section className="card" aria-labelledby="weapon-list-heading">
          <h2 id="weapon-list-heading">{t('listHeading')}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col">{t('columns.category')}</th>
                  <th scope="col">{t('columns.class')}</th>
                  <th scope="col">{t('columns.aliases')}</th>
                </tr>
              </thead>
              <tbody>
                {weapons.map((weapon) => (
                  <tr key={weapon.id}>
                    <td>{weapon.name}</td>
                    <td>{t(`categories.${weapon.category}`)}</td>
                    <td>{t(`classes.${weapon.weaponClass}`)}</td>
                    <td className="small">{weapon.aliases.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </main>
  );
}
