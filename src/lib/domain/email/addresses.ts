// Class mailbox addresses. A class writes from `<mailbox local part>@<school mail domain>`
// and nothing else: no pupil's name is ever part of an address. Addresses are compared
// in lower case (the local parts we hand out are lower case, and domains ignore case).

// Deliberately narrower than RFC 5321: quoted local parts and IP literals are never a
// contact a teacher means to approve, and refusing them keeps header injection out.
const ADDRESS = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The address in lower case, or null when it is not a plain address we accept. */
export function normaliseAddress(raw: string | null | undefined): string | null {
	const value = (raw ?? '').trim().toLowerCase();
	if (!ADDRESS.test(value) || value.includes('..') || value.startsWith('.') || value.split('@')[0]!.endsWith('.')) return null;
	return value;
}

export function classAddress(localPart: string, mailDomain: string | null): string | null {
	if (!mailDomain) return null;
	return normaliseAddress(`${localPart}@${mailDomain}`);
}

export function domainOf(address: string): string {
	return address.slice(address.lastIndexOf('@') + 1);
}

export function localPartOf(address: string): string {
	return address.slice(0, address.lastIndexOf('@'));
}
