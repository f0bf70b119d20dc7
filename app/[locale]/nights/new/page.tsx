// Entering a night: editors only. The form starts on today's date with a row for each common weapon.
import type { Metadata } from 'next';
import { requireEditor } from '@/app/_auth/session';
import { fetchWeapons } from '@/db/queries/weapons';
import { todayInKyiv } from '@/lib/dates';
import { DEFAULT_TARGET } from '@/lib/domain';
import { targetParamSchema } from '@/lib/night-address';
import { newNightValues } from '@/lib/night-form';
import { newNightHref } from '@/lib/routes';
import { NightForm } from '../_form/night-form';

export const metadata: Metadata = { title: 'Add a night · Air Tally' };

export default async function NewNightPage({ searchParams }: { searchParams: Promise<{ target?: string }> }) {
  const target = targetParamSchema.catch(DEFAULT_TARGET).parse((await searchParams).target);
  await requireEditor(newNightHref(target));
  const weapons = fetchWeapons();
  const initialValues = newNightValues(
    todayInKyiv(),
    target,
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
