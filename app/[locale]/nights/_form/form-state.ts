// What the night form's actions answer: the values as typed, errors by field, and what went wrong.
import type { Target } from '@/lib/domain';
import type { NightFormValues } from '@/lib/night-form';
import type { StatementReading } from '@/lib/statement-fill';

/** Error messages by field name (see lib/night-form.ts NightFormErrors), in the editor's language. */
export type FormErrors = Record<string, string>;

export type NightFormProblem =
  | { kind: 'invalid' }
  /** Another night has this date and target. */
  | { kind: 'duplicate'; date: string; target: Target }
  /** Someone saved the night since the form was opened; `version` is the version stored now. */
  | { kind: 'stale'; date: string; target: Target; version: number }
  | { kind: 'not-found' }
  /** The form names a version of a night that was deleted since: a save does not bring it back. */
  | { kind: 'gone' }
  | { kind: 'signed-out' };

export type NightFormState = {
  /** What the editor submitted, rendered back so nothing typed is lost; null before any submit. */
  values: NightFormValues | null;
  errors: FormErrors;
  problem: NightFormProblem | null;
};

export type DeleteNightState = {
  problem: Extract<NightFormProblem, { kind: 'stale' | 'not-found' | 'signed-out' }> | { kind: 'invalid' } | null;
};

/** What "Fill from statement" answers: the statement's figures placed on the weapons, or why not. */
export type StatementFillAnswer =
  | { ok: true; reading: StatementReading }
  | { ok: false; message: string };
