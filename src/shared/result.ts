// Errors cross contexts as values: a rejected promise loses its type over runtime messaging.
export type Failure = { ok: false; error: { code: string; message: string } };
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string): Failure => ({ ok: false, error: { code, message } });
