'use client';
// "Fill from statement": sends the Statement field's text to the server, which reads it, then fills the
// form's date and rows in the browser. Nothing is saved: the editor checks the form and presses "Save
// night". Counts the editor already typed differently are kept and listed, with a button to take the
// statement's values instead (a fill never overwrites typing silently, and never blocks on a dialog).
import { useEffect, useRef, useState, useTransition } from 'react';
import { TARGET_LABELS } from '@/lib/domain';
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
      setOutcome({ kind: 'message', text: 'Paste the statement into the Statement field first.' });
      return;
    }
    startTransition(async () => {
      let answer: StatementFillAnswer;
      try {
        answer = await readStatementAction(text);
      } catch {
        setOutcome({ kind: 'message', text: 'The statement could not be read (no answer from the server). The form is unchanged: try again.' });
        return;
      }
      if (!answer.ok) {
        setOutcome({ kind: 'message', text: `${answer.message} The form is unchanged.` });
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
          {pending ? 'Reading the statement…' : 'Fill from statement'}
        </button>
        <p id="fill-hint" className="muted small">
          Reads the date and the figures from the text above into this form. Nothing is saved until you press
          &ldquo;Save night&rdquo;.
        </p>
      </div>
      <div role="status" className={styles.status}>
        {outcome?.kind === 'message' && <p className="error-text">{outcome.text}</p>}
        {outcome?.kind === 'filled' && <p>{summarise(outcome.result, outcome.conflicts)}</p>}
      </div>
      {outcome?.kind === 'filled' && (
        <FillReport result={outcome.result} conflicts={outcome.conflicts} onResolve={resolve} />
      )}
    </div>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const targetName = (target: string) => (target === 'RU' || target === 'UA' ? `${TARGET_LABELS[target]} (${target})` : target);

/** One paragraph for the live region: what the fill did, in the order the editor will check it. */
function summarise(result: FillResult, conflicts: 'open' | 'applied' | 'kept'): string {
  const parts: string[] = [];
  const side = result.filledSide;
  if (result.filled.length > 0) {
    const added = result.addedRows.length > 0 ? ` (${plural(result.addedRows.length, 'row')} added)` : '';
    parts.push(`Filled ${plural(result.filled.length, 'count')} from the statement${added}.`);
  } else if (side && side.figures.length > 0) {
    parts.push('The form already holds the figures the statement gives; no count was changed.');
  } else if (result.asideSides.length > 0) {
    parts.push(`The statement gives no figures for ${targetName(result.values.target)}: nothing was put into the rows.`);
  } else {
    parts.push('No figures were found in the statement: nothing was put into the rows.');
  }
  if (result.conflicts.length > 0) {
    const n = result.conflicts.length;
    if (conflicts === 'open') parts.push(`${plural(n, 'count')} you had typed ${n === 1 ? 'differs' : 'differ'} from the statement and ${n === 1 ? 'was' : 'were'} kept: see below.`);
    if (conflicts === 'applied') parts.push(`${plural(n, 'count')} you had typed ${n === 1 ? 'was' : 'were'} replaced with the statement's values.`);
    if (conflicts === 'kept') parts.push(`Your ${plural(n, 'typed count')} ${n === 1 ? 'was' : 'were'} kept.`);
  }
  if (result.date.kind === 'set') parts.push(`Date set to ${result.date.to}.`);
  if (result.date.kind === 'none') {
    parts.push(
      result.date.kept
        ? `The text gives no date: the date field was left as it is (${result.date.kept}).`
        : 'The text gives no date: enter the date yourself.',
    );
  }
  if (result.target.kind === 'switched') {
    parts.push(`Target set to ${targetName(result.target.to)}: the statement gives figures only for that side.`);
  }
  for (const aside of result.asideSides) {
    parts.push(`The figures for ${targetName(aside.target)} are shown apart below: they belong to a separate night.`);
  }
  parts.push('Check the form, then press "Save night".');
  return parts.join(' ');
}
