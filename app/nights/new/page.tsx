// Entering a night: editors only. The form starts on today's date with a row for each common weapon.
import type { Metadata } from 'next';
import { requireEditor } from '@/app/_auth/session';
import { fetchWeapons } from '@/db/queries/weapons';
import { todayInKyiv } from '@/lib/dates';
import { newNightValues } from '@/lib/night-form';
import { NightForm } from '../_form/night-form';

export const metadata: Metadata = { title: 'Add a night · Air Tally' };

export default async function NewNightPage({ searchParams }: { searchParams: Promise<{ target?: string }> }) {
  const { target } = await searchParams;
  const ru = target === 'RU';
  await requireEditor(ru ? '/nights/new?target=RU' : '/nights/new');
  const weapons = fetchWeapons();
  const initialValues = newNightValues(
    todayInKyiv(),
    ru ? 'RU' : 'UA',
    weapons.filter((weapon) => weapon.common).map((weapon) => weapon.id),
  );
  return (
    <main>
      <h1>Add a night</h1>
      <div className="card">
        <NightForm
          mode="create"
          weapons={weapons.map(({ id, name, category }) => ({ id, name, category }))}
          initialValues={initialValues}
        />
      </div>
    </main>
  );
}
