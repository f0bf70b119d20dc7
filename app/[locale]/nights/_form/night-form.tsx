'use client';
// The form to enter or edit a night. Inputs are controlled and the form is submitted without React's
// after-action reset (see submit-without-reset.ts), so what the editor typed survives a refused save;
// the server action validates and writes.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { Field } from '@/app/_form/field';
import { Link } from '@/i18n/navigation';
import { TARGETS, type Target } from '@/lib/domain';
import { blankRow, type FigureRowValues, type NightFormValues } from '@/lib/night-form';
import { newNightHref, nightHref } from '@/lib/routes';
import { createNightAction, updateNightAction } from './actions';
import { FigureRows, type WeaponOption } from './figure-rows';
import type { FormErrors, NightFormProblem, NightFormState } from './form-state';
import { OutcomeFields } from './outcome-fields';
import { SubmitButton } from './save-button';
import { StatementFill } from './statement-fill';
import { submitWithoutReset } from './submit-without-reset';
import { useHydrated } from '@/app/components/use-hydrated';
import styles from './night-form.module.css';

type TextField = 'date' | 'target' | 'sourceName' | 'sourceUrl' | 'statement' | 'notes';

/** The id of the input an error key belongs to, for the summary's links. */
function fieldId(key: string): string | null {
  const row = /^rows\.(\d+)\.(\w+)$/.exec(key);
  if (row) return `figure-${row[1]}-${row[2]}`;
  if (key === 'rows') return 'add-weapon';
  return key === 'form' ? null : key;
}

export function NightForm({
  mode,
  nightId,
  weapons,
  initialValues,
}: {
  mode: 'create' | 'edit';
  nightId?: number;
  weapons: WeaponOption[];
  initialValues: NightFormValues;
}) {
  const t = useTranslations('nightForm');
  const [state, formAction, pending] = useActionState<NightFormState, FormData>(
    mode === 'edit' ? updateNightAction : createNightAction,
    { values: null, errors: {}, problem: null },
  );
  // Without JavaScript the page renders again with the action's state: start from what was submitted.
  const [values, setValues] = useState<NightFormValues>(() => state.values ?? initialValues);
  const nextKey = useRef(0);
  const summary = useRef<HTMLDivElement>(null);
  const router = useRouter();

  useEffect(() => {
    if (state.problem) summary.current?.focus();
  }, [state]);

  const interactive = useHydrated();

  useEffect(() => {
    // A weapon added in another tab (the link beside "Add weapon") appears when the editor comes back.
    const refresh = () => document.visibilityState === 'visible' && router.refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [router]);

  const errors: FormErrors = state.errors;
  const set = (field: keyof Omit<NightFormValues, 'rows'>, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setRow = (index: number, field: keyof FigureRowValues, value: string) =>
    setValues((current) => ({
      ...current,
      rows: current.rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
  const addRow = () =>
    setValues((current) => ({ ...current, rows: [...current.rows, blankRow(`added-${nextKey.current++}`)] }));
  const removeRow = (index: number) =>
    setValues((current) => ({ ...current, rows: current.rows.filter((_, i) => i !== index) }));

  const bind = (field: TextField) => ({
    name: field,
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(field, event.target.value),
  });

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate data-interactive={interactive ? '' : undefined}>
      {state.problem && (
        <div ref={summary} tabIndex={-1} role="alert" className={`alert ${styles.summary}`}>
          <ProblemSummary problem={state.problem} errors={errors} />
        </div>
      )}
      {nightId !== undefined && <input type="hidden" name="nightId" value={nightId} />}
      <input type="hidden" name="version" value={values.version} />

      <div className={styles.twoColumns}>
        <Field id="date" label={t('date')} hint={t('dateHint')} error={errors.date}>
          {(control) => <input type="date" aria-required="true" {...control} {...bind('date')} />}
        </Field>
        <Field id="target" label={t('target')} error={errors.target}>
          {(control) => (
            <select {...control} {...bind('target')}>
              {TARGETS.map((target) => (
                <option key={target} value={target}>
                  {t('targetOption', { label: t(`targets.${target}`), code: target })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="sourceName" label={t('sourceName')} error={errors.sourceName}>
          {(control) => (
            <input type="text" className={styles.wide} placeholder={t('sourceNamePlaceholder')} {...control} {...bind('sourceName')} />
          )}
        </Field>
        <Field id="sourceUrl" label={t('sourceUrl')} error={errors.sourceUrl}>
          {(control) => <input type="url" className={styles.wide} placeholder="https://" {...control} {...bind('sourceUrl')} />}
        </Field>
      </div>

      <div className={styles.statement}>
        <Field id="statement" label={t('statement')} hint={t('statementHint')} error={errors.statement}>
          {(control) => <textarea rows={6} className={styles.wide} {...control} {...bind('statement')} />}
        </Field>
        <StatementFill
          values={values}
          // A new night's target may follow the text while it is unchanged; an edited night's target is part
          // of which night it is.
          defaultTarget={mode === 'create' ? initialValues.target : null}
          onFill={setValues}
        />
      </div>

      <FigureRows
        rows={values.rows}
        weapons={weapons}
        errors={errors}
        onChange={setRow}
        onAdd={addRow}
        onRemove={removeRow}
      />

      <OutcomeFields values={values} errors={errors} onChange={set} />

      <Field id="notes" label={t('notes')} error={errors.notes}>
        {(control) => <textarea rows={3} className={styles.wide} {...control} {...bind('notes')} />}
      </Field>

      <div className={styles.actions}>
        {/* "Save night" comes first: it is the button that Enter in a field presses. */}
        <SubmitButton pendingText={t('saving')} pending={pending}>
          {t('save')}
        </SubmitButton>
        {state.problem?.kind === 'stale' && (
          // Offered only after a refused save, naming the version the editor was told about: if anyone
          // saves again meanwhile, this is refused too.
          <SubmitButton
            className="danger"
            name="overwriteVersion"
            value={String(state.problem.version)}
            pendingText={t('saving')}
            pending={pending}
          >
            {t('replaceVersion', { version: state.problem.version })}
          </SubmitButton>
        )}
        {mode === 'edit' && (
          <Link href={nightHref({ date: initialValues.date, target: initialValues.target === 'RU' ? 'RU' : 'UA' })}>
            {t('cancel')}
          </Link>
        )}
      </div>
    </form>
  );
}

function ProblemSummary({ problem, errors }: { problem: NightFormProblem; errors: FormErrors }) {
  const t = useTranslations('nightForm');
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const newNight = (chunks: ReactNode) => <Link href={newNightHref()}>{chunks}</Link>;
  switch (problem.kind) {
    case 'invalid':
      return (
        <>
          <p>{t.rich('problem.invalid', { strong })}</p>
          <ul>
            {Object.entries(errors).map(([key, message]) => {
              const id = fieldId(key);
              const text = t('summaryItem', { label: fieldLabel(t, key), message });
              return <li key={key}>{id ? <a href={`#${id}`}>{text}</a> : text}</li>;
            })}
          </ul>
        </>
      );
    case 'duplicate':
      return (
        <p>
          {t.rich('problem.duplicate', {
            strong,
            date: problem.date,
            target: t(`targets.${problem.target}`),
            open: (chunks) => <Link href={nightHref(problem)}>{chunks}</Link>,
            edit: (chunks) => <Link href={nightHref(problem, 'edit')}>{chunks}</Link>,
          })}
        </p>
      );
    case 'stale':
      return <StaleNotice date={problem.date} target={problem.target} version={problem.version} />;
    case 'not-found':
      return <p>{t.rich('problem.notFound', { strong, new: newNight })}</p>;
    case 'gone':
      return <p>{t.rich('problem.gone', { strong, new: newNight })}</p>;
    case 'signed-out':
      return (
        <p>
          {t.rich('problem.signedOut', {
            strong,
            signIn: (chunks) => (
              <Link href="/login" target="_blank" rel="noopener">
                {chunks}
              </Link>
            ),
          })}
        </p>
      );
  }
}

function StaleNotice({ date, target, version }: { date: string; target: Target; version: number }) {
  const t = useTranslations('nightForm');
  return (
    <>
      <p>{t.rich('problem.stale', { strong: (chunks) => <strong>{chunks}</strong>, version })}</p>
      <p>
        {t.rich('problem.staleHow', {
          version,
          open: (chunks) => (
            <Link href={nightHref({ date, target })} target="_blank" rel="noopener">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}

/** The label an error's field goes by in the summary: "Date", "Places hit", "Row 2, Shot down". */
function fieldLabel(t: ReturnType<typeof useTranslations<'nightForm'>>, key: string): string {
  const row = /^rows\.(\d+)\.(weaponId|launched|shotDown|lost)$/.exec(key);
  if (row) return t('rowField', { row: Number(row[1]) + 1, field: t(`counts.${row[2] as 'launched'}`) });
  const outcome = /^(hitsMissile|hitsDrone|placesHit|placesDebris|shaheds)(Qualifier)?$/.exec(key);
  if (outcome) {
    const name = t(`outcomes.${outcome[1] as 'placesHit'}`);
    return outcome[2] ? t('qualifierLabel', { outcome: name }) : name;
  }
  if (['date', 'target', 'sourceName', 'sourceUrl', 'statement', 'notes', 'rows', 'form'].includes(key)) {
    return t(key as 'date');
  }
  return key;
}
