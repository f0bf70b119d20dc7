// The connection keeps compiled statements by text, and hands a kept one back as a fresh one would be.
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';

describe('the connection', () => {
  it('reuses a compiled statement, reset to rows as objects, and compiles anew while one iterates', () => {
    const db = openDatabase(':memory:');
    const text = 'select 1 as one union all select 2';
    const first = db.$client.prepare(text);
    expect(first.pluck().all()).toEqual([1, 2]);
    const again = db.$client.prepare(text);
    expect(again).toBe(first);
    expect(again.all()).toEqual([{ one: 1 }, { one: 2 }]);
    expect(db.$client.prepare(text).raw().get()).toEqual([1]);
    expect(db.$client.prepare(text).get()).toEqual({ one: 1 });

    const iterating = db.$client.prepare(text).iterate();
    iterating.next();
    const meanwhile = db.$client.prepare(text);
    expect(meanwhile).not.toBe(first);
    iterating.return?.();
    db.$client.close();
  });

  it('sees a schema change through a kept statement', () => {
    const db = openDatabase(':memory:');
    db.$client.exec('create table t (a integer)');
    db.$client.prepare('insert into t (a) values (1)').run();
    expect(db.$client.prepare('select * from t').get()).toEqual({ a: 1 });
    db.$client.exec('alter table t add column b integer default 2');
    expect(db.$client.prepare('select * from t').get()).toEqual({ a: 1, b: 2 });
    db.$client.close();
  });
});
