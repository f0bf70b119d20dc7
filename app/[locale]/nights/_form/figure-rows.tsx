'use client';
// The night form's weapon rows: a weapon and its three counts per row, rows added and removed freely.
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Weapon } from '@/db/schema';
import { Field } from '@/app/_form/field';
import { Link } from '@/i18n/navigation';
import { COUNT_FIELDS, rowFieldName, type FigureRowValues } from '@/lib/night-form';
import type { FormErrors } from './form-state';
import styles from './night-form.module.css';

export type WeaponOption = Pick<Weapon, 'id' | 'name' | 'category'>;

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
  errors: FormErrors;
  onChange: (index: number, field: keyof FigureRowValues, value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations('nightForm');
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
      <legend>{t('figuresLegend')}</legend>
      <p id="figures-help" className="muted small">
        {t('figuresHelp')}
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
              <th scope="col">{t('weaponColumn')}</th>
              {COUNT_FIELDS.map((field) => (
                <th key={field} scope="col" className="num">
                  {t(`counts.${field}`)}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{t('removeColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              // Accessible names carry the weapon, so "Launched (Kalibr)" is findable and unambiguous.
              const label = names.get(row.weaponId) ?? t('rowName', { row: index + 1 });
              const weaponError = rowError(index, 'weaponId');
              const weaponId = `figure-${index}-weaponId`;
              return (
                <tr key={row.key}>
                  <td>
                    <Field id={weaponId} label={t('weaponSelect', { row: index + 1 })} labelHidden error={weaponError} className="">
                      {(control) => (
                        <select
                          ref={index === rows.length - 1 ? lastSelect : undefined}
                          name={rowFieldName(index, 'weaponId')}
                          value={row.weaponId}
                          onChange={(event) => onChange(index, 'weaponId', event.target.value)}
                          {...control}
                        >
                          <option value="">{t('chooseWeapon')}</option>
                          <WeaponOptions weapons={weapons} category="drone" label={t('drones')} />
                          <WeaponOptions weapons={weapons} category="missile" label={t('missiles')} />
                        </select>
                      )}
                    </Field>
                  </td>
                  {COUNT_FIELDS.map((field) => (
                    <td key={field} className="num">
                      <Field
                        id={`figure-${index}-${field}`}
                        label={t('countInput', { count: t(`counts.${field}`), weapon: label })}
                        labelHidden
                        error={rowError(index, field)}
                        className=""
                      >
                        {(control) => (
                          // Text, not type=number: a browser turns "1e" or "1,5" in a number field into an
                          // empty value, which would be saved as unknown instead of being refused.
                          <input
                            name={rowFieldName(index, field)}
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            className={styles.count}
                            value={row[field]}
                            onChange={(event) => onChange(index, field, event.target.value)}
                            {...control}
                          />
                        )}
                      </Field>
                    </td>
                  ))}
                  <td>
                    <button type="button" onClick={() => onRemove(index)} aria-label={t('removeRow', { weapon: label })}>
                      {t('remove')}
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
          {t('addWeapon')}
        </button>
        <Link href="/weapons" target="_blank" rel="noopener" className="small">
          {t('missingWeapon')}
        </Link>
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
