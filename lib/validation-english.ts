// The validation messages in English, for answers that are not shown in a form: the JSON API's field
// errors, the import report. The text comes from the same catalogue the form translates
// (messages/en/validation.json), formatted with next-intl's own message formatter.
import { createTranslator } from 'use-intl/core';
import type { z } from 'zod';
import catalogue from '@/messages/en/validation.json';
import { issueMessage, type ValidationKey, type ValidationMessage } from './validation';

const translate = createTranslator({ locale: 'en', messages: { validation: catalogue }, namespace: 'validation' });

export function isValidationKey(text: string): text is ValidationKey {
  return Object.hasOwn(catalogue, text);
}

/** A message in English: a catalogue message formatted, or zod's own text as it is. */
export function englishMessage(message: ValidationMessage): string {
  return isValidationKey(message.key) ? translate(message.key, message.values) : message.key;
}

export function englishIssue(issue: z.core.$ZodIssue): string {
  return englishMessage(issueMessage(issue));
}
