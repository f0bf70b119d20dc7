'use client';
// "Fill from statement": sends the Statement field's text to the server, which reads it, then fills the
// form's date and rows in the browser. Nothing is saved: the editor checks the form and presses "Save
// night". Counts the editor already typed differently are kept and listed, with a button to take the
// statement's values instead (a fill never overwrites typing silently, and never blocks on a dialog).
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import type { NightFormValues } from '@/lib/night-form';
import { applyConflicts, fillFromStatement, type FillResult } from '@/lib/statement-fill';
import type { StatementFillAnswer } from './form-state';
import { readStatementAction } from './statement-action';
import { FillReport } from './statement-fill-report';
import styles from './statement-fill.module.css';

type Outcome =
  | { kind: 'message'; text: string }
  | { kind: 'filled'; result: FillResult; conflicts: 'open' | 'applied' | 'kept' };

export function StatementFill({
  values,
  defaultTarget,
  onFill,
}: {
  values: NightFormValues;
  /** The target a new night's form starts on (the text may switch it while it is unchanged); null when editing. */
  defaultTarget: string | null;
  onFill: (values: NightFormValues) => void;
}) {
  const t = useTranslations('statementFill');
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The values as last rendered: the editor may keep typing while the server reads the text.
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  }, [values]);

  const fill = () => {
    const text = latest.current.statement;
    if (text.trim() === '') {
      setOutcome({ kind: 'message', text: t('errors.empty') });
      return;
    }
    startTransition(async () => {
      let answer: StatementFillAnswer;
      try {
        answer = await readStatementAction(text);
      } catch {
        setOutcome({ kind: 'message', text: t('errors.noAnswer') });
        return;
      }
      if (!answer.ok) {
        setOutcome({ kind: 'message', text: t('errors.server', { message: answer.message }) });
        return;
      }
      const result = fillFromStatement(latest.current, answer.reading, { defaultTarget });
      onFill(result.values);
      setOutcome({ kind: 'filled', result, conflicts: 'open' });
    });
  };

  const resolve = (choice: 'applied' | 'kept') => {
    if (outcome?.kind !== 'filled') return;
    if (choice === 'applied') onFill(applyConflicts(latest.current, outcome.result.conflicts));
    setOutcome({ ...outcome, conflicts: choice });
  };

  return (
    <div className={styles.fill}>
      <div className={styles.bar}>
        <button type="button" onClick={fill} disabled={pending} aria-busy={pending} aria-describedby="fill-hint">
          {pending ? t('reading') : t('button')}
        </button>
        <p id="fill-hint" className="muted small">
          {t('hint')}
        </p>
      </div>
      <div role="status" className={styles.status}>
        {outcome?.kind === 'message' && <p className="error-text">{outcome.text}</p>}
        {outcome?.kind === 'filled' && <p>{summarise(outcome.result, outcome.conflicts, t)}</p>}
      </div>
      {outcome?.kind === 'filled' && (
        <FillReport result={outcome.result} conflicts={outcome.conflicts} onResolve={resolve} />
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslations<'statementFill'>>;

/** A target as the summary names it: "Attacks on Russia (RU)". */
function targetName(target: string, t: Translate): string {
  return target === 'RU' || target === 'UA' ? t('targets.withCode', { target: t(`targets.${target}`), code: target }) : target;
}

/** One paragraph for the live region: what the fill did, in the order the editor will check it. */
function summarise(result: FillResult, conflicts: 'open' | 'applied' | 'kept', t: Translate): string {
  const parts: string[] = [];
  const side = result.filledSide;
  if (result.filled.length > 0) {
    const rows = result.addedRows.length;
    parts.push(rows > 0 ? t('summary.filledAdded', { count: result.filled.length, rows }) : t('summary.filled', { count: result.filled.length }));
  } else if (side && side.figures.length > 0) {
    parts.push(t('summary.unchanged'));
  } else if (result.asideSides.length > 0) {
    parts.push(t('summary.otherSideOnly', { target: targetName(result.values.target, t) }));
  } else {
    parts.push(t('summary.nothing'));
  }
  const count = result.conflicts.length;
  if (count > 0) {
    if (conflicts === 'open') parts.push(t('summary.conflictsOpen', { count }));
    if (conflicts === 'applied') parts.push(t('summary.conflictsApplied', { count }));
    if (conflicts === 'kept') parts.push(t('summary.conflictsKept', { count }));
  }
  // The date as the date field holds it, so the editor finds it there.
  if (result.date.kind === 'set') parts.push(t('summary.dateSet', { date: result.date.to }));
  if (result.date.kind === 'none') {
    parts.push(result.date.kept ? t('summary.dateKept', { date: result.date.kept }) : t('summary.dateMissing'));
  }
  if (result.target.kind === 'switched') parts.push(t('summary.targetSwitched', { target: targetName(result.target.to, t) }));
  for (const aside of result.asideSides) parts.push(t('summary.aside', { target: targetName(aside.target, t) }));
  parts.push(t('summary.check'));
  return parts.join(' ');
}
