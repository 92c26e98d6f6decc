// The demo school's policy register: two short policies in force, read by every member of
// staff, so the register has something to show and nobody's gate is closed by it.
import type { Executor } from '../db';
import { policies, policyAcknowledgements, policyVersions } from '../db/schema';
import { londonDate } from '../../domain/calendar';

const DEMO_POLICIES = [
	{
		title: 'Online safety policy',
		kind: 'e-safety',
		body: [
			'This policy says how everyone at our school stays safe online, and what we do when something goes wrong.',
			'Pupils use class chat and class email only inside this app. Every message a pupil writes is checked for personal details and read by a teacher before anyone else sees it.',
			'Every pupil has an e-safety lesson of at least an hour each term. Teachers record who took part and catch up with anyone who was away.',
			'Any worry about a child goes to the designated safeguarding lead the same day, and at once if the child may be in danger.'
		].join('\n\n')
	},
	{
		title: 'Acceptable use policy for staff',
		kind: 'acceptable-use',
		body: [
			'Staff talk to pupils and families only through school accounts and this app, never through personal phones, email or social media.',
			'Staff never share their password, lock their screen when they step away, and report a lost device or a mistake with data to the head at once.',
			'Photos of pupils are taken on school devices and shared only where the family has given consent this school year.'
		].join('\n\n')
	}
] as const;

export async function seedDemoPolicies(tx: Executor, schoolId: string, headId: string, staffIds: readonly string[], now: Date): Promise<void> {
	const reviewOn = londonDate(new Date(now.getTime() + 240 * 86_400_000));
	for (const p of DEMO_POLICIES) {
		const [policy] = await tx
			.insert(policies)
			.values({ schoolId, title: p.title, kind: p.kind, ownerId: headId, reviewOn, requiresAcknowledgement: true, createdBy: headId, createdAt: now })
			.returning({ id: policies.id });
		const [version] = await tx
			.insert(policyVersions)
			.values({ schoolId, policyId: policy!.id, number: 1, body: p.body, publishedBy: headId, publishedAt: now })
			.returning({ id: policyVersions.id });
		await tx.insert(policyAcknowledgements).values(staffIds.map((staffId) => ({ schoolId, versionId: version!.id, staffId, acknowledgedAt: now })));
	}
}
