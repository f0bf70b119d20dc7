import { describe, expect, it } from 'vitest';
import { REMEMBER_THEN_FOLLOW_SOURCE, rememberThenFollow } from './remember-choice';

const ATTRIBUTE = 'data-remember-cookie';

type Stored = { name: string; value: string; path: string; expires: number; sameSite: string };

/** A link carrying the choice, a click on it, and a browser that records what happens in order. */
function setup(options: { store?: boolean; storeFails?: boolean; click?: Partial<MouseEvent>; target?: string; value?: string | null } = {}) {
  const log: string[] = [];
  let resolveSet: () => void = () => {};
  const stored: Stored[] = [];
  const link = {
    href: 'http://example.test/',
    target: options.target ?? '',
    getAttribute: (name: string) => (name === ATTRIBUTE ? (options.value === undefined ? 'NEXT_LOCALE=en' : options.value) : null),
  };
  const inner = { closest: (selector: string) => (selector === `[${ATTRIBUTE}]` ? link : null) };
  let prevented = false;
  const event = {
    target: inner,
    defaultPrevented: false,
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    ...options.click,
    preventDefault: () => {
      prevented = true;
      log.push('prevent');
    },
  };
  const doc = {
    set cookie(value: string) {
      log.push(`document.cookie ${value}`);
    },
    get cookie() {
      return '';
    },
  };
  const win: { location: { assign(url: string): void }; cookieStore?: { set(o: Stored): Promise<void> } } = {
    location: { assign: (url: string) => log.push(`follow ${url}`) },
  };
  if (options.store !== false) {
    win.cookieStore = {
      set: (o: Stored) => {
        stored.push(o);
        log.push('store.set');
        return new Promise<void>((resolve, reject) => {
          resolveSet = options.storeFails ? () => reject(new Error('refused')) : resolve;
        });
      },
    };
  }
  return { log, event, doc, win, stored, finishSet: () => resolveSet(), prevented: () => prevented };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('rememberThenFollow', () => {
  it('stores the cookie and follows the link only once the store says it is stored', async () => {
    const t = setup();
    rememberThenFollow(t.event, t.doc, t.win, ATTRIBUTE);
    expect(t.prevented()).toBe(true);
    expect(t.log).toEqual(['document.cookie NEXT_LOCALE=en; path=/; max-age=31536000; samesite=lax', 'prevent', 'store.set']);
    expect(t.stored[0]).toMatchObject({ name: 'NEXT_LOCALE', value: 'en', path: '/', sameSite: 'lax' });
    expect((t.stored[0]?.expires ?? 0) - Date.now()).toBeGreaterThan(364 * 86400 * 1000);
    await settle();
    expect(t.log).not.toContain('follow http://example.test/');
    t.finishSet();
    await settle();
    expect(t.log.at(-1)).toBe('follow http://example.test/');
  });

  it('still follows the link when the store refuses', async () => {
    const t = setup({ storeFails: true });
    rememberThenFollow(t.event, t.doc, t.win, ATTRIBUTE);
    t.finishSet();
    await settle();
    expect(t.log.at(-1)).toBe('follow http://example.test/');
  });

  it('without the Cookie Store API: sets document.cookie and lets the browser follow the link', () => {
    const t = setup({ store: false });
    rememberThenFollow(t.event, t.doc, t.win, ATTRIBUTE);
    expect(t.prevented()).toBe(false);
    expect(t.log).toEqual(['document.cookie NEXT_LOCALE=en; path=/; max-age=31536000; samesite=lax']);
  });

  it('leaves a click for a new tab or window, another button, or one already handled, to the browser', () => {
    const clicks: Partial<MouseEvent>[] = [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }, { defaultPrevented: true }];
    for (const click of clicks) {
      const t = setup({ click });
      rememberThenFollow(t.event, t.doc, t.win, ATTRIBUTE);
      expect(t.prevented(), JSON.stringify(click)).toBe(false);
      expect(t.stored).toEqual([]);
      // The choice is still remembered, the old way.
      expect(t.log).toEqual(['document.cookie NEXT_LOCALE=en; path=/; max-age=31536000; samesite=lax']);
    }
    const blank = setup({ target: '_blank' });
    rememberThenFollow(blank.event, blank.doc, blank.win, ATTRIBUTE);
    expect(blank.prevented()).toBe(false);
  });

  it('does nothing for a click elsewhere, or a link without a name=value', () => {
    const elsewhere = setup();
    rememberThenFollow({ ...elsewhere.event, target: { closest: () => null } }, elsewhere.doc, elsewhere.win, ATTRIBUTE);
    rememberThenFollow({ ...elsewhere.event, target: null }, elsewhere.doc, elsewhere.win, ATTRIBUTE);
    rememberThenFollow({ ...elsewhere.event, target: {} }, elsewhere.doc, elsewhere.win, ATTRIBUTE);
    expect(elsewhere.log).toEqual([]);
    for (const value of ['', '=en', 'NEXT_LOCALE', null]) {
      const t = setup({ value });
      rememberThenFollow(t.event, t.doc, t.win, ATTRIBUTE);
      expect(t.log, String(value)).toEqual([]);
    }
  });

  it('stands alone: its source, evaluated with nothing around it, does the same', async () => {
    const standalone = new Function(`return (${REMEMBER_THEN_FOLLOW_SOURCE});`)() as typeof rememberThenFollow;
    const t = setup();
    standalone(t.event, t.doc, t.win, ATTRIBUTE);
    t.finishSet();
    await settle();
    expect(t.log).toEqual(['document.cookie NEXT_LOCALE=en; path=/; max-age=31536000; samesite=lax', 'prevent', 'store.set', 'follow http://example.test/']);
  });
});
