import { describe, expect, it } from 'vitest';
import { pupilDisplayNames } from './pupil-names';

describe('pupilDisplayNames', () => {
	it('uses first names, adding an initial only when two pupils share one', () => {
		const names = pupilDisplayNames([
			{ id: 'a', firstName: 'Amira', surname: 'Khan' },
			{ id: 'b', firstName: 'Oliver', surname: 'Smith' },
			{ id: 'c', firstName: 'oliver', surname: 'Brown' }
		]);
		expect(names.get('a')).toBe('Amira');
		expect(names.get('b')).toBe('Oliver S');
		expect(names.get('c')).toBe('oliver B');
	});
});
