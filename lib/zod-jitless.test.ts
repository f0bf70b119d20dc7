import { expect, it, vi } from 'vitest';

it('makes zod parse without generated code: no Function is built, not even to probe for eval', async () => {
  await import('./zod-jitless');
  const construct = vi.spyOn(globalThis, 'Function');
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
  const schema = z.object({ date: z.string(), figures: z.array(z.object({ launched: z.number().nullable() })) });
  expect(schema.parse({ date: '2025-04-26', figures: [{ launched: 3 }, { launched: null }] })).toEqual({
    date: '2025-04-26',
    figures: [{ launched: 3 }, { launched: null }],
  });
  expect(construct).not.toHaveBeenCalled();
});
