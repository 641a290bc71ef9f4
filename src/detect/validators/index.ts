// Named validators that rules reference in `validate:` (design §5).
import { alnumUpper } from '../text.js';
import { ibanOk, luhnOk, nirOk } from './checksums.js';
import { frIdentifierValidators } from './fr-identifiers.js';
import { secretValidators } from './secrets.js';
import { networkValidators } from './network.js';
import { bankingValidators } from './banking.js';

/** What a validator sees: the candidate value and where it sits in the (normalised) text. */
export interface ValidatorInput {
  value: string;
  text: string;
  start: number;
  end: number;
}

/**
 * A validator returns true (keep), false (drop the candidate) or a number added to the
 * candidate's confidence (e.g. −0.3 for a checksum that fails on a labelled value).
 */
export type Validator = (input: ValidatorInput) => boolean | number;

/** A validator factory takes the optional argument written after a colon: `entropy:3.5`. */
export type ValidatorFactory = (arg: string | undefined) => Validator;

const simple = (f: (canonical: string) => boolean): ValidatorFactory => () => ({ value }) => f(alnumUpper(value));

export const validators: Record<string, ValidatorFactory> = {
  luhn: simple(luhnOk),
  iban: simple(ibanOk),
  'nir-key': simple(nirOk),
  ...frIdentifierValidators,
  ...secretValidators,
  ...networkValidators,
  ...bankingValidators,
};

/** Resolves `name` or `name:arg`; returns undefined when the name is unknown. */
export function resolveValidator(ref: string): Validator | undefined {
  const i = ref.indexOf(':');
  const name = i < 0 ? ref : ref.slice(0, i);
  const factory = validators[name];
  return factory ? factory(i < 0 ? undefined : ref.slice(i + 1)) : undefined;
}
