import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClient, createServer } from '../../../src/shared/rpc';

const table = {
  add: { request: z.object({ a: z.number(), b: z.number() }), response: z.object({ sum: z.number() }) },
  lie: { request: z.object({}), response: z.object({ n: z.number() }) },
} as const;

const server = createServer('test', table, {
  add: async ({ a, b }) => ({ sum: a + b }),
  lie: async () => ({ n: 'not a number' }) as unknown as { n: number },
});
const call = createClient('test', table, (message) => server(message, undefined));

describe('message contract', () => {
  it('round-trips a valid call', async () => {
    expect(await call('add', { a: 2, b: 3 })).toEqual({ ok: true, value: { sum: 5 } });
  });
  it('refuses a request that does not match its schema, on the client and on the server', async () => {
    expect(await call('add', { a: 2 } as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await server({ channel: 'test', method: 'add', params: { a: '2', b: 3 } }, undefined)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('refuses unknown methods and other channels', async () => {
    expect(await server({ channel: 'test', method: 'drop', params: {} }, undefined)).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
    expect(await server({ channel: 'other', method: 'add', params: { a: 1, b: 1 } }, undefined)).toMatchObject({ ok: false, error: { code: 'bad-envelope' } });
  });
  it('does not pass on a handler answer that breaks the contract', async () => {
    expect(await call('lie', {})).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
  it('reports an unreachable end as a value', async () => {
    const broken = createClient('test', table, async () => { throw new Error('no receiver'); });
    expect(await broken('add', { a: 1, b: 1 })).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
