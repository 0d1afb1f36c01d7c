import type { ActionOf, Feature, InputOf } from '../../../shared/api/contract';

/**
 * One valid input per action of a feature, checked by the compiler against the
 * contract's input types (a new action without an entry fails to compile).
 */
export type ValidInputsOf<F extends Feature> = { [A in ActionOf<F>]: InputOf<F, A> };
