import type { z } from 'zod';
import type { Access } from './access';

/** One call of the API: its input schema, who may call it, what it returns. */
export interface Endpoint<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom: the output type, carried for the typed clients. */
  readonly output?: O;
}

/** Declares a plain call answering with `O`: `endpoint<O>()(inputSchema, access)`. */
export const endpoint =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): Endpoint<I, O> => ({ input, access });

/** A call that starts long work: it answers with a ticket, `jobs.result` with the output. */
export interface JobEndpoint<I extends z.ZodType, O> extends Endpoint<I, O> {
  readonly job: true;
}

/** Declares a job whose result is `O`: `job<O>()(inputSchema, access)`. */
export const job =
  <O>() =>
  <I extends z.ZodType>(input: I, access: Access): JobEndpoint<I, O> => ({ input, access, job: true });

/** A generated file crossing the boundary (xlsx, pdf, attachment). */
export interface FileOutput {
  fileName: string;
  mime: string;
  base64: string;
}
