// React resets a `<form action={…}>` after every action. A controlled <select> then shows the option it
// was first rendered with while React state keeps the one chosen since, so the screen and the next
// submit silently disagree (a night switched to RU would be saved as UA). Submitting through onSubmit
// runs the same action without the reset; `action` stays on the form for browsers without JavaScript.
import { startTransition, type FormEvent } from 'react';

export function submitWithoutReset(dispatch: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
}
