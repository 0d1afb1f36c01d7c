import type { z } from 'zod';
import type { ActionOf, Contract, Feature, IsJob, OutputOf } from '../../../shared/api/contract';
import type { CallContext } from './context';
import type { JobDefinition } from '../jobs/types';

/** The input of an action after its schema parsed it. */
export type ParsedInput<F extends Feature, A extends ActionOf<F>> = Contract[F][A] extends {
  input: infer S extends z.ZodType;
}
  ? z.output<S>
  : never;

/** A handler receives input already validated against the contract's schema. */
export type Handler<F extends Feature, A extends ActionOf<F>> = (
  ctx: CallContext,
  input: ParsedInput<F, A>,
) => OutputOf<F, A> | Promise<OutputOf<F, A>>;

/**
 * One feature's handler map: every action of the contract must have a handler,
 * and every job action a job definition (its work runs off the core's thread).
 */
export type FeatureHandlers<F extends Feature> = {
  [A in ActionOf<F>]: IsJob<F, A> extends true
    ? JobDefinition<ParsedInput<F, A>, OutputOf<F, A>>
    : Handler<F, A>;
};

export type Handlers = { [F in Feature]: FeatureHandlers<F> };
