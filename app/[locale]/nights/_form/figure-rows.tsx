'use client';
// The night form's weapon rows: a weapon and its three counts per row, rows added and removed freely.
import { useEffect, useRef } from 'react';
import type { Weapon } from '@/db/schema';
import { COUNT_FIELDS, rowFieldName, type FigureRowValues, type NightFormErrors } from '@/lib/night-form';
import styles from './night-form.module.css';

export type WeaponOption = Pick<Weapon, 'id' | 'name' | 'category'>;

const COUNT_LABELS: Record<(typeof COUNT_FIELDS)[number], string> = {
  launched: 'Launched',
  shotDown: 'Shot down',
  lost: 'Lost',
};

export function FigureRows({
  rows,
  weapons,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: FigureRowValues[];
  weapons: WeaponOption[];
  errors: NightFormErrors;
  onChange: (index: number, field: keyof FigureRowValues, value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const names = new Map(weapons.map((weapon) => [String(weapon.id), weapon.name]));
  const lastSelect = useRef<HTMLSelectElement>(null);
  const added = useRef(false);
  useEffect(() => {
    // After "Add weapon", take the editor straight to the new row's weapon.
    if (added.current) lastSelect.current?.focus();
    added.current = false;
  }, [rows.length]);

  const rowError = (index: number, field: Parameters<typeof rowFieldName>[1]) => errors[rowFieldName(index, field)];

  return (
    <fieldset className={styles.figures} aria-describedby={errors.rows ? 'figures-help rows-error' : 'figures-help'}>
      <legend>Figures by weapon</legend>
      <p id="figures-help" className="muted small">
        One row per weapon. Leave a count empty when the statement does not give it: empty means unknown
        (shown as n/a), never 0. Rows whose three counts are all empty are ignored. Shot down plus lost cannot
        exceed launched.
      </p>
      {errors.rows && (
        <p id="rows-error" className="error-text">
          {errors.rows}
        </p>
      )}
      <div className="table-scroll">
        <table className={styles.rows}>
          <thead>
            <tr>
              <th scope="col">Weapon</th>
              <th scope="col" className="num">Launched</th>
              <th scope="col" className="num">Shot down</th>
              <th scope="col" className="num">Lost</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              // Accessible names carry the weapon, so "Launched (Kalibr)" is findable and unambiguous.
              const label = names.get(row.weaponId) ?? `row ${index + 1}`;
              const weaponError = rowError(index, 'weaponId');
              const weaponId = `figure-${index}-weaponId`;
              return (
                <tr key={row.key}>
                  <td>
                    <select
                      id={weaponId}
                      ref={index === rows.length - 1 ? lastSelect : undefined}
                      name={rowFieldName(index, 'weaponId')}
                      aria-label={`Weapon (row ${index + 1})`}
                      value={row.weaponId}
                      onChange={(event) => onChange(index, 'weaponId', event.target.value)}
                      aria-invalid={weaponError ? true : undefined}
                      aria-describedby={weaponError ? `${weaponId}-error` : undefined}
                    >
                      <option value="">Choose a weapon</option>
                      <WeaponOptions weapons={weapons} category="drone" label="Drones" />
                      <WeaponOptions weapons={weapons} category="missile" label="Missiles" />
                    </select>
                    {weaponError && (
                      <p id={`${weaponId}-error`} className="error-text">
                        {weaponError}
                      </p>
                    )}
                  </td>
                  {COUNT_FIELDS.map((field) => {
                    const id = `figure-${index}-${field}`;
                    const error = rowError(index, field);
                    return (
                      <td key={field} className="num">
                        {/* Text, not type=number: a browser turns "1e" or "1,5" in a number field into an
                            empty value, which would be saved as unknown instead of being refused. */}
                        <input
                          id={id}
                          name={rowFieldName(index, field)}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          className={styles.count}
                          aria-label={`${COUNT_LABELS[field]} (${label})`}
                          value={row[field]}
                          onChange={(event) => onChange(index, field, event.target.value)}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-error` : undefined}
                        />
                        {error && (
                          <p id={`${id}-error`} className="error-text">
                            {error}
                          </p>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" onClick={() => onRemove(index)} aria-label={`Remove row (${label})`}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.rowActions}>
        <button
          id="add-weapon"
          type="button"
          onClick={() => {
            added.current = true;
            onAdd();
          }}
        >
          Add weapon
        </button>
        <a href="/weapons" target="_blank" rel="noopener" className="small">
          A weapon is missing from the list? Add it (opens in a new tab)
        </a>
      </div>
    </fieldset>
  );
}

function WeaponOptions({ weapons, category, label }: { weapons: WeaponOption[]; category: string; label: string }) {
  return (
    <optgroup label={label}>
      {weapons
        .filter((weapon) => weapon.category === category)
        .map((weapon) => (
          <option key={weapon.id} value={String(weapon.id)}>
            {weapon.name}
          </option>
        ))}
    </optgroup>
  );
}
