// The weapon list, and a form for editors to add one the seed list lacks.
import type { Metadata } from 'next';
import { requireEditor } from '@/app/_auth/session';
import { fetchWeapons } from '@/db/queries/weapons';
import { WeaponForm } from './weapon-form';

export const metadata: Metadata = { title: 'Weapons · Air Tally' };

export default async function WeaponsPage() {
  await requireEditor('/weapons');
  const weapons = fetchWeapons();
  return (
    <main>
      <h1>Weapons</h1>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="add-weapon-heading">
          <h2 id="add-weapon-heading">Add a weapon</h2>
          <WeaponForm />
        </section>
        <section className="card" aria-labelledby="weapon-list-heading">
          <h2 id="weapon-list-heading">All weapons</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Category</th>
                  <th scope="col">Class</th>
                  <th scope="col">Other spellings</th>
                </tr>
              </thead>
              <tbody>
                {weapons.map((weapon) => (
                  <tr key={weapon.id}>
                    <td>{weapon.name}</td>
                    <td>{weapon.category}</td>
                    <td>{weapon.weaponClass}</td>
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
