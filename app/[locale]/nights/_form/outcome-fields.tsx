'use client';
// The night's outcomes beyond interceptions: hits by category, places hit, places with debris, and how
// many of the drones launched were Shahed-type; each a count (empty: unknown) and how exact the statement
// gives it, so "about 200" is saved and shown as "≈ 200", never as an exact 200.
import { useTranslations } from 'next-intl';
import { Field } from '@/app/_form/field';
import { NIGHT_OUTCOME_FIELDS, QUALIFIERS, type NightOutcomeField } from '@/lib/domain';
import type { NightFormValues, OutcomeFormField } from '@/lib/night-form';
import { QUALIFIER_FIELD } from '@/lib/night-snapshot';
import type { FormErrors } from './form-state';
import styles from './night-form.module.css';

export function OutcomeFields({
  values,
  errors,
  onChange,
}: {
  values: NightFormValues;
  errors: FormErrors;
  onChange: (field: OutcomeFormField, value: string) => void;
}) {
  const t = useTranslations('nightForm');
  const hint = (field: NightOutcomeField) => (field === 'shaheds' ? t('outcomeHints.shaheds') : undefined);
  return (
    <fieldset className={styles.figures} aria-describedby="outcomes-help">
      <legend>{t('outcomesLegend')}</legend>
      <p id="outcomes-help" className="muted small">
        {t('outcomesHelp')}
      </p>
      <div className={styles.outcomes}>
        {NIGHT_OUTCOME_FIELDS.map((field) => {
          const qualifier = QUALIFIER_FIELD[field];
          return (
            <div key={field} className={styles.outcome}>
              <Field id={field} label={t(`outcomes.${field}`)} hint={hint(field)} error={errors[field]}>
                {(control) => (
                  // Text, not type=number: a browser turns "1e" or "1,5" into an empty value, saved as unknown.
                  <input
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    className={styles.count}
                    name={field}
                    value={values[field]}
                    onChange={(event) => onChange(field, event.target.value)}
                    {...control}
                  />
                )}
              </Field>
              <Field
                id={qualifier}
                label={t('qualifierLabel', { outcome: t(`outcomes.${field}`) })}
                labelHidden
                error={errors[qualifier]}
              >
                {(control) => (
                  <select name={qualifier} value={values[qualifier]} onChange={(event) => onChange(qualifier, event.target.value)} {...control}>
                    <option value="">{t('qualifiers.exact')}</option>
                    {QUALIFIERS.map((q) => (
                      <option key={q} value={q}>
                        {t(`qualifiers.${q}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
