/** FQDN checks shared by the name and placement checks, remembered by value across edits. */
import { derivedByValue } from '../../../model/derived.ts';
import { fqdnKey, fqdnProblem } from '../../../model/values.ts';

export const memoFqdnKey = derivedByValue(fqdnKey);
export const memoFqdnProblem = derivedByValue(fqdnProblem);
