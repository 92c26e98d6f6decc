// Turns a domain validator's field errors into the service error the edge understands.
import { InputError } from '../errors';
import type { FieldErrors } from '../../domain/curriculum';

/** Throws the first field's message; the domain lists fields in the order the form shows them. */
export function throwFirstError(errors: FieldErrors): never {
	const [field, message] = Object.entries(errors)[0] ?? ['form', 'Please check the form.'];
	throw new InputError(field, message);
}
