// Both ends of a message contract. A contract is a table of methods, each with a request and a
// response schema; the background and the content script each serve one. Transport is injected
// (runtime or tabs messaging in the extension, a direct call in tests), so validation is tested
// without a browser.
import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';

export type MethodTable = Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;
export type RequestOf<T extends MethodTable, M extends keyof T> = z.input<T[M]['request']>;
export type ResponseOf<T extends MethodTable, M extends keyof T> = z.infer<T[M]['response']>;
/** `context` is what the transport knows about the caller (for runtime messages: the sender). */
export type HandlersOf<T extends MethodTable, C = unknown> = { [M in keyof T]: (params: z.infer<T[M]['request']>, context: C) => Promise<ResponseOf<T, M>> };
export type Send = (message: unknown) => Promise<unknown>;

const ResultSchema = <T extends z.ZodMiniType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  ]);

/** Every message is tagged with its channel, so other traffic is told apart at once. */
const envelopeFor = (channel: string, names: string[]) =>
  z.object({ channel: z.literal(channel), method: z.enum(names as [string, ...string[]]), params: z.unknown() });

/** Client side: validates what it sends and what comes back. */
export function createClient<T extends MethodTable>(channel: string, table: T, send: Send) {
  return async function call<M extends keyof T & string>(method: M, params: RequestOf<T, M>): Promise<Result<ResponseOf<T, M>>> {
    const request = table[method]!.request.safeParse(params);
    if (!request.success) return fail('bad-request', request.error.message);
    let raw: unknown;
    try {
      raw = await send({ channel, method, params: request.data });
    } catch (error) {
      return fail('unreachable', String(error));
    }
    const parsed = ResultSchema(table[method]!.response).safeParse(raw);
    if (!parsed.success) return fail('bad-response', parsed.error.message);
    return parsed.data as Result<ResponseOf<T, M>>;
  };
}

/** Server side: refuses anything that is not a well-formed request of a known method. */
export function createServer<T extends MethodTable, C = unknown>(channel: string, table: T, handlers: HandlersOf<T, C>) {
  const Envelope = envelopeFor(channel, Object.keys(table));
  return async function handle(message: unknown, context: C): Promise<Result<unknown>> {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return fail('bad-envelope', `not a ${channel} message`);
    const method = envelope.data.method as keyof T & string;
    const params = table[method]!.request.safeParse(envelope.data.params);
    if (!params.success) return fail('bad-request', params.error.message);
    try {
      const value = await handlers[method](params.data as Parameters<HandlersOf<T, C>[typeof method]>[0], context);
      const checked = table[method]!.response.safeParse(value);
      if (!checked.success) return fail('bad-response', checked.error.message);
      return ok(checked.data);
    } catch (error) {
      return fail('handler-failed', error instanceof Error ? error.message : String(error));
    }
  };
}

/** Tells our messages apart from others on a listener that several channels share. */
export const isOnChannel = (message: unknown, channel: string): boolean =>
  typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === channel;
