'use client';
// The add-weapon form. It is submitted without React's after-action reset (which would put the selects
// back to their first option), so a refused weapon keeps what was typed; an added one clears the form.
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { Field } from '@/app/_form/field';
import { CATEGORIES, DRONE_CLASSES, MISSILE_CLASSES, WEAPON_CLASSES } from '@/lib/domain';
import { SubmitButton } from '../nights/_form/save-button';
import { submitWithoutReset } from '../nights/_form/submit-without-reset';
import { createWeaponAction } from './actions';
import type { WeaponFormState, WeaponFormValues } from './weapon-form-state';

const EMPTY: WeaponFormValues = { name: '', category: '', weaponClass: '', aliases: '' };

export function WeaponForm() {
  const t = useTranslations('weapons');
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
  const classNames = (classes: readonly (typeof WEAPON_CLASSES)[number][]) => classes.map((c) => t(`classes.${c}`)).join(', ');

  return (
    <form ref={form} action={action} onSubmit={submitWithoutReset(action)} noValidate>
      {state.message && (
        <p role="alert" className="alert">
          {state.message}
        </p>
      )}
      {state.added && (
        <p role="status" className="success">
          {t('added', { name: state.added })}
        </p>
      )}
      <Field id="name" label={t('name')} error={errors.name}>
        {(control) => <input name="name" type="text" style={{ width: '100%' }} defaultValue={values.name} {...control} />}
      </Field>
      <Field id="category" label={t('category')} error={errors.category}>
        {(control) => (
          <select name="category" defaultValue={values.category} {...control}>
            <option value="">{t('choose')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`categories.${category}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="weaponClass"
        label={t('class')}
        hint={t('classHint', { missile: classNames(MISSILE_CLASSES), drone: classNames(DRONE_CLASSES) })}
        error={errors.weaponClass}
      >
        {(control) => (
          <select name="weaponClass" defaultValue={values.weaponClass} {...control}>
            <option value="">{t('choose')}</option>
            {WEAPON_CLASSES.map((weaponClass) => (
              <option key={weaponClass} value={weaponClass}>
                {t(`classes.${weaponClass}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="aliases" label={t('aliases')} hint={t('aliasesHint')} error={errors.aliases}>
        {(control) => <textarea name="aliases" rows={3} style={{ width: '100%' }} defaultValue={values.aliases} {...control} />}
      </Field>
      <SubmitButton pendingText={t('adding')} pending={pending}>
        {t('add')}
      </SubmitButton>
    </form>
  );
}
