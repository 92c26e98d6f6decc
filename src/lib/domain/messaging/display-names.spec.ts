import { describe, expect, it } from 'vitest';
import { displayNames } from './display-names';

describe('display names', () => {
	it('uses first names, adding an initial only where two share one', () => {
		const names = displayNames([
			{ id: '1', firstName: 'Oliver', surname: 'Smith' },
			{ id: '2', firstName: 'Amira', surname: 'Khan' },
			{ id: '3', firstName: 'oliver', surname: 'brown' }
		]);
		expect(names.get('1')).toBe('Oliver S');
		expect(names.get('2')).toBe('Amira');
		expect(names.get('3')).toBe('oliver B');
	});
});
