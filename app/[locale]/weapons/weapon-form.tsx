'use client';
// The add-weapon form. It is submitted without React's after-action reset (which would put the selects
// back to their first option), so a refused weapon keeps what was typed; an added one clears the form.
import { useActionState, useEffect, useRef } from 'react';
import { DRONE_CLASSES, MISSILE_CLASSES, WEAPON_CLASSES } from '@/lib/domain';
import { SubmitButton } from '../nights/_form/save-button';
import { submitWithoutReset } from '../nights/_form/submit-without-reset';
import { createWeaponAction } from './actions';
import type { WeaponFormState, WeaponFormValues } from './weapon-form-state';

const EMPTY: WeaponFormValues = { name: '', category: '', weaponClass: '', aliases: '' };

export function WeaponForm() {
  const [state, action, pending] = useActionState<WeaponFormState, FormData>(createWeaponAction, {
    values: EMPTY,
    errors: {},
    message: null,
    added: null,
  });
  const { values, errors } = state;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.added) form.current?.reset();
  }, [state]);
  const invalid = (field: keyof WeaponFormValues) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${field}-error` : undefined,
  });
  const error = (field: keyof WeaponFormValues) =>
    errors[field] ? (
      <p id={`${field}-error`} className="error-text">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form ref={form} action={action} onSubmit={submitWithoutReset(action)} noValidate>
      {state.message && (
        <p role="alert" className="alert">
          {state.message}
        </p>
      )}
      {state.added && (
        <p role="status" className="success">
          Added {state.added}. It is now in the weapon list of the night form.
        </p>
      )}
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" name="name" type="text" style={{ width: '100%' }} defaultValue={values.name} {...invalid('name')} />
        {error('name')}
      </div>
      <div className="field">
        <label htmlFor="category">Category</label>
        <select id="category" name="category" defaultValue={values.category} {...invalid('category')}>
          <option value="">Choose…</option>
          <option value="missile">Missile</option>
          <option value="drone">Drone</option>
        </select>
        {error('category')}
      </div>
      <div className="field">
        <label htmlFor="weaponClass">Class</label>
        <select
          id="weaponClass"
          name="weaponClass"
          defaultValue={values.weaponClass}
          aria-invalid={errors.weaponClass ? true : undefined}
          aria-describedby={['class-hint', errors.weaponClass ? 'weaponClass-error' : null].filter(Boolean).join(' ')}
        >
          <option value="">Choose…</option>
          {WEAPON_CLASSES.map((weaponClass) => (
            <option key={weaponClass} value={weaponClass}>
              {weaponClass}
            </option>
          ))}
        </select>
        <p id="class-hint" className="muted small">
          Missiles: {MISSILE_CLASSES.join(', ')}. Drones: {DRONE_CLASSES.join(', ')}.
        </p>
        {error('weaponClass')}
      </div>
      <div className="field">
        <label htmlFor="aliases">Other spellings</label>
        <textarea
          id="aliases"
          name="aliases"
          rows={3}
          style={{ width: '100%' }}
          defaultValue={values.aliases}
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby={['aliases-hint', errors.aliases ? 'aliases-error' : null].filter(Boolean).join(' ')}
        />
        <p id="aliases-hint" className="muted small">
          One per line or separated by commas, e.g. X-101, Х-101. Statements and imports are matched against them.
        </p>
        {error('aliases')}
      </div>
      <SubmitButton pendingText="Adding…" pending={pending}>
        Add weapon
      </SubmitButton>
    </form>
  );
}
