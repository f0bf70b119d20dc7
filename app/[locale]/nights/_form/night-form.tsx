'use client';
// The form to enter or edit a night. Inputs are controlled and the form is submitted without React's
// after-action reset (see submit-without-reset.ts), so what the editor typed survives a refused save;
// the server action validates and writes.
import { Link } from '@/i18n/navigation';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { TARGET_LABELS, TARGETS, type Target } from '@/lib/domain';
import { blankRow, type FigureRowValues, type NightFormErrors, type NightFormValues } from '@/lib/night-form';
import { createNightAction, updateNightAction } from './actions';
import { FigureRows, type WeaponOption } from './figure-rows';
import { nightHref } from '@/lib/routes';
import type { NightFormProblem, NightFormState } from './form-state';
import { SubmitButton } from './save-button';
import { StatementFill } from './statement-fill';
import { submitWithoutReset } from './submit-without-reset';
import styles from './night-form.module.css';

type TextField = 'date' | 'target' | 'sourceName' | 'sourceUrl' | 'statement' | 'notes';

const FIELD_LABELS: Record<string, string> = {
  date: 'Date',
  target: 'Target',
  sourceName: 'Source name',
  sourceUrl: 'Source URL',
  statement: 'Statement',
  notes: 'Notes',
  rows: 'Figures',
  form: 'Form',
};

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

  useEffect(() => {
    // A weapon added in another tab (the link beside "Add weapon") appears when the editor comes back.
    const refresh = () => document.visibilityState === 'visible' && router.refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [router]);

  const errors: NightFormErrors = state.errors;
  const set = (field: TextField, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const setRow = (index: number, field: keyof FigureRowValues, value: string) =>
    setValues((current) => ({
      ...current,
      rows: current.rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
  const addRow = () =>
    setValues((current) => ({ ...current, rows: [...current.rows, blankRow(`added-${nextKey.current++}`)] }));
  const removeRow = (index: number) =>
    setValues((current) => ({ ...current, rows: current.rows.filter((_, i) => i !== index) }));

  const describedBy = (field: string, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldProps = (field: TextField, hint?: string) => ({
    id: field,
    name: field,
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(field, event.target.value),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field, hint),
  });
  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`${field}-error`} className="error-text">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate>
      {state.problem && (
        <div ref={summary} tabIndex={-1} role="alert" className={`alert ${styles.summary}`}>
          <ProblemSummary problem={state.problem} errors={errors} />
        </div>
      )}
      {nightId !== undefined && <input type="hidden" name="nightId" value={nightId} />}
      <input type="hidden" name="version" value={values.version} />

      <div className={styles.twoColumns}>
        <div className="field">
          <label htmlFor="date">Date</label>
          <input type="date" aria-required="true" {...fieldProps('date', 'date-hint')} />
          <p id="date-hint" className="muted small">
            The morning the night ends on (the night of 25→26 April is 26 April).
          </p>
          {fieldError('date')}
        </div>
        <div className="field">
          <label htmlFor="target">Target</label>
          <select {...fieldProps('target')}>
            {TARGETS.map((target) => (
              <option key={target} value={target}>
                {TARGET_LABELS[target]} ({target})
              </option>
            ))}
          </select>
          {fieldError('target')}
        </div>
        <div className="field">
          <label htmlFor="sourceName">Source name</label>
          <input type="text" className={styles.wide} placeholder="Air Force of Ukraine" {...fieldProps('sourceName')} />
          {fieldError('sourceName')}
        </div>
        <div className="field">
          <label htmlFor="sourceUrl">Source URL</label>
          <input type="url" className={styles.wide} placeholder="https://" {...fieldProps('sourceUrl')} />
          {fieldError('sourceUrl')}
        </div>
      </div>

      <div className={`field ${styles.statement}`}>
        <label htmlFor="statement">Statement</label>
        <textarea rows={6} className={styles.wide} {...fieldProps('statement', 'statement-hint')} />
        <p id="statement-hint" className="muted small">
          The statement as published, quoted on the night&apos;s page.
        </p>
        {fieldError('statement')}
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

      <div className="field">
        <label htmlFor="notes">Notes</label>
        <textarea rows={3} className={styles.wide} {...fieldProps('notes')} />
        {fieldError('notes')}
      </div>

      <div className={styles.actions}>
        {/* "Save night" comes first: it is the button that Enter in a field presses. */}
        <SubmitButton pendingText="Saving…" pending={pending}>
          Save night
        </SubmitButton>
        {state.problem?.kind === 'stale' && (
          // Offered only after a refused save, naming the version the editor was told about: if anyone
          // saves again meanwhile, this is refused too.
          <SubmitButton
            className="danger"
            name="overwriteVersion"
            value={String(state.problem.version)}
            pendingText="Saving…"
            pending={pending}
          >
            Replace version {state.problem.version} with my values
          </SubmitButton>
        )}
        {mode === 'edit' && (
          <Link href={nightHref({ date: initialValues.date, target: initialValues.target === 'RU' ? 'RU' : 'UA' })}>Cancel</Link>
        )}
      </div>
    </form>
  );
}

function ProblemSummary({ problem, errors }: { problem: NightFormProblem; errors: NightFormErrors }) {
  switch (problem.kind) {
    case 'invalid': {
      const entries = Object.entries(errors);
      return (
        <>
          <p>
            <strong>The night was not saved.</strong> Correct {entries.length === 1 ? 'the field' : 'the fields'}{' '}
            marked below; everything you typed is still here.
          </p>
          <ul>
            {entries.map(([key, message]) => {
              const id = fieldId(key);
              const label = FIELD_LABELS[key] ?? describeRowField(key);
              return <li key={key}>{id ? <a href={`#${id}`}>{`${label}: ${message}`}</a> : `${label}: ${message}`}</li>;
            })}
          </ul>
        </>
      );
    }
    case 'duplicate':
      return (
        <p>
          <strong>The night was not saved:</strong> a night for {problem.date} ({TARGET_LABELS[problem.target]})
          already exists. <Link href={nightHref(problem)}>Open the existing night of {problem.date}</Link>{' '}
          or <Link href={nightHref(problem, 'edit')}>edit it</Link> instead. Your values are
          still in the form.
        </p>
      );
    case 'stale':
      return <StaleNotice date={problem.date} target={problem.target} version={problem.version} />;
    case 'not-found':
      return (
        <p>
          <strong>The night was not saved:</strong> it no longer exists (someone deleted it). Your values are still
          in the form: copy what you need into a <Link href="/nights/new">new night</Link>.
        </p>
      );
    case 'signed-out':
      return (
        <p>
          <strong>The night was not saved:</strong> you are not signed in (your session may have ended). Your values
          are still in the form.{' '}
          <a href="/login" target="_blank" rel="noopener">
            Sign in in a new tab
          </a>
          , then come back and save again.
        </p>
      );
  }
}

function StaleNotice({ date, target, version }: { date: string; target: Target; version: number }) {
  return (
    <>
      <p>
        <strong>The night was not saved:</strong> someone else saved this night since you opened the form (it is now
        at version {version}). Nothing was overwritten, and your changes are still in the form below.
      </p>
      <p>
        <a href={nightHref({ date, target })} target="_blank" rel="noopener">
          Open the current version in a new tab
        </a>{' '}
        to compare. To keep your values instead, use &ldquo;Replace version {version} with my values&rdquo; at the
        foot of the form.
      </p>
    </>
  );
}

function describeRowField(key: string): string {
  const match = /^rows\.(\d+)\.(\w+)$/.exec(key);
  if (!match) return key;
  const field = { weaponId: 'Weapon', launched: 'Launched', shotDown: 'Shot down', lost: 'Lost' }[match[2] ?? ''] ?? match[2];
  return `Row ${Number(match[1]) + 1}, ${field}`;
}
