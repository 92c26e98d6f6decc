// The policy register: the head writes the school's policies and publishes new versions;
// every member of staff reads and acknowledges each version that asks for it, and the head
// sees who has not. Acknowledgements feed the staff gate (../agreements/gate.ts) through
// `loadOwedAcknowledgementsOf`. Every change is audited in its own transaction.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { userFullName } from '../db/full-name';
import { policies, policyAcknowledgements, policyVersions, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { STAFF_ROLES } from '../../domain/auth/roles';
import { isUuid } from '../auth/resources';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import {
	owedAcknowledgements,
	reviewState,
	type OwedAcknowledgement,
	type PolicyKind,
	type PolicyVersionForAck,
	type ReviewState
} from '../../domain/leadership/policies';
import type { NewPolicyInput, PolicyDetailsInput, PolicyVersionInput } from '../../domain/leadership/inputs';
import { can } from '../../domain/auth/permissions';

export interface PolicyListItem {
	id: string;
	title: string;
	kind: PolicyKind;
	ownerName: string;
	reviewOn: string;
	review: ReviewState;
	requiresAcknowledgement: boolean;
	archived: boolean;
	currentVersion: number;
	publishedAt: Date;
	acknowledgedByMe: boolean;
	/** For the head only: how many current staff have acknowledged the current version. */
	acknowledged: { done: number; of: number } | null;
}

export interface StaffAcknowledgementRow {
	staffId: string;
	name: string;
	role: string;
	acknowledgedAt: Date | null;
}

export interface PolicyDetail {
	policy: PolicyListItem & { ownerId: string };
	current: {
		id: string;
		number: number;
		body: string;
		changeNote: string;
		publishedAt: Date;
		publishedBy: string;
		/** An uploaded PDF or Word file (leadership/policy-files.ts), or null for a written version. */
		file: { name: string; type: string; bytes: number } | null;
	};
	versions: { number: number; publishedAt: Date; publishedBy: string; changeNote: string }[];
	/** For the head only: every current member of staff and whether they have acknowledged. */
	staff: StaffAcknowledgementRow[] | null;
	owners: { id: string; name: string }[] | null;
}

const fullName = userFullName;

/** The latest version of each live policy of a school, with what acknowledgement needs. */
async function latestVersions(db: Executor, schoolId: string): Promise<(PolicyVersionForAck & { publishedBy: string })[]> {
	const rows = await db
		.selectDistinctOn([policyVersions.policyId], {
			policyId: policyVersions.policyId,
			versionId: policyVersions.id,
			number: policyVersions.number,
			publishedAt: policyVersions.publishedAt,
			publishedBy: policyVersions.publishedBy,
			title: policies.title,
			requiresAcknowledgement: policies.requiresAcknowledgement,
			archivedAt: policies.archivedAt
		})
		.from(policyVersions)
		.innerJoin(policies, eq(policies.id, policyVersions.policyId))
		.where(eq(policyVersions.schoolId, schoolId))
		.orderBy(policyVersions.policyId, desc(policyVersions.number));
	return rows.map((r) => ({
		schoolId,
		policyId: r.policyId,
		versionId: r.versionId,
		number: r.number,
		publishedAt: r.publishedAt,
		publishedBy: r.publishedBy,
		title: r.title,
		requiresAcknowledgement: r.requiresAcknowledgement,
		archived: r.archivedAt !== null
	}));
}

/**
 * What each of these members of staff still owes, for the gate and their home page, in two
 * statements however many are asked for (a page asks for one; the live sockets' permission
 * rounds for every connected member of staff); every id asked for has an answer.
 */
export async function loadOwedAcknowledgementsOf(
	db: Executor,
	schoolId: string,
	staffIds: readonly string[],
	now = new Date()
): Promise<Map<string, OwedAcknowledgement[]>> {
	const owed = new Map<string, OwedAcknowledgement[]>(staffIds.map((id) => [id, []]));
	if (!staffIds.length) return owed;
	const latest = await latestVersions(db, schoolId);
	if (latest.length === 0) return owed;
	const acks = await db
		.select({ schoolId: policyAcknowledgements.schoolId, versionId: policyAcknowledgements.versionId, staffId: policyAcknowledgements.staffId })
		.from(policyAcknowledgements)
		.where(and(eq(policyAcknowledgements.schoolId, schoolId), inArray(policyAcknowledgements.staffId, [...staffIds])));
	// The rule keeps each member of staff's own acknowledgements from the list.
	for (const staffId of owed.keys()) owed.set(staffId, owedAcknowledgements(schoolId, staffId, latest, acks, now));
	return owed;
}

async function currentStaff(db: Executor, schoolId: string): Promise<{ id: string; name: string; role: string }[]> {
	return db
		.select({ id: users.id, name: fullName, role: users.role })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), inArray(users.role, [...STAFF_ROLES]), isNull(users.disabledAt)))
		.orderBy(asc(users.surname), asc(users.firstName));
}

/** The register, or (with `onlyPolicyId`) the one line a policy's own page needs. */
export async function listPolicies(db: Database, actor: Actor, now = new Date(), onlyPolicyId?: string): Promise<PolicyListItem[]> {
	assertCan(actor, 'policy.read', ownSchool(actor));
	const manager = can(actor, 'policy.manage', ownSchool(actor));
	const [rows, latest, mine, staff, counts] = await Promise.all([
		db
			.select({ policy: policies, ownerName: fullName })
			.from(policies)
			.innerJoin(users, eq(users.id, policies.ownerId))
			.where(onlyPolicyId ? and(eq(policies.schoolId, actor.schoolId), eq(policies.id, onlyPolicyId)) : eq(policies.schoolId, actor.schoolId))
			.orderBy(asc(policies.archivedAt), asc(policies.title)),
		latestVersions(db, actor.schoolId),
		db
			.select({ versionId: policyAcknowledgements.versionId })
			.from(policyAcknowledgements)
			.where(and(eq(policyAcknowledgements.schoolId, actor.schoolId), eq(policyAcknowledgements.staffId, actor.userId))),
		manager ? currentStaff(db, actor.schoolId) : Promise.resolve([]),
		manager
			? db
					.select({ versionId: policyAcknowledgements.versionId, staffId: policyAcknowledgements.staffId })
					.from(policyAcknowledgements)
					.innerJoin(users, eq(users.id, policyAcknowledgements.staffId))
					.where(and(eq(policyAcknowledgements.schoolId, actor.schoolId), isNull(users.disabledAt)))
			: Promise.resolve([])
	]);
	const latestByPolicy = new Map(latest.map((v) => [v.policyId, v]));
	const myAcks = new Set(mine.map((m) => m.versionId));
	const staffIds = new Set(staff.map((s) => s.id));
	// Acknowledgements by current staff, counted per version in one pass.
	const doneByVersion = new Map<string, number>();
	for (const c of counts) if (staffIds.has(c.staffId)) doneByVersion.set(c.versionId, (doneByVersion.get(c.versionId) ?? 0) + 1);
	return rows.flatMap(({ policy, ownerName }) => {
		const version = latestByPolicy.get(policy.id);
		if (!version) return [];
		const done = doneByVersion.get(version.versionId) ?? 0;
		return [
			{
				id: policy.id,
				title: policy.title,
				kind: policy.kind as PolicyKind,
				ownerName,
				reviewOn: policy.reviewOn,
				review: reviewState(policy.reviewOn, now),
				requiresAcknowledgement: policy.requiresAcknowledgement,
				archived: policy.archivedAt !== null,
				currentVersion: version.number,
				publishedAt: version.publishedAt,
				acknowledgedByMe: myAcks.has(version.versionId),
				acknowledged: manager ? { done, of: staff.length } : null
			}
		];
	});
}

export async function getPolicy(db: Database, actor: Actor, policyId: string, now = new Date()): Promise<PolicyDetail> {
	assertCan(actor, 'policy.read', ownSchool(actor));
	const [item] = isUuid(policyId) ? await listPolicies(db, actor, now, policyId) : [];
	if (!item) throw new NotFoundError('That policy does not exist.');
	const [policyRow] = await db.select({ ownerId: policies.ownerId }).from(policies).where(eq(policies.id, policyId));
	const versions = await db
		.select({
			id: policyVersions.id,
			number: policyVersions.number,
			body: policyVersions.body,
			changeNote: policyVersions.changeNote,
			publishedAt: policyVersions.publishedAt,
			publishedBy: fullName,
			fileName: policyVersions.fileName,
			fileType: policyVersions.fileType,
			fileBytes: policyVersions.fileBytes
		})
		.from(policyVersions)
		.innerJoin(users, eq(users.id, policyVersions.publishedBy))
		.where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.schoolId, actor.schoolId)))
		.orderBy(desc(policyVersions.number));
	const current = versions[0]!;
	let staff: StaffAcknowledgementRow[] | null = null;
	let owners: { id: string; name: string }[] | null = null;
	if (can(actor, 'policy.manage', ownSchool(actor))) {
		const people = await currentStaff(db, actor.schoolId);
		const acks = await db
			.select({ staffId: policyAcknowledgements.staffId, at: policyAcknowledgements.acknowledgedAt })
			.from(policyAcknowledgements)
			.where(and(eq(policyAcknowledgements.versionId, current.id), eq(policyAcknowledgements.schoolId, actor.schoolId)));
		const at = new Map(acks.map((a) => [a.staffId, a.at]));
		// Those who still owe it first: that is the list the head chases.
		staff = people
			.map((p) => ({ staffId: p.id, name: p.name, role: p.role, acknowledgedAt: at.get(p.id) ?? null }))
			.sort((a, b) => Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null));
		owners = people.map((p) => ({ id: p.id, name: p.name }));
	}
	return {
		policy: { ...item, ownerId: policyRow!.ownerId },
		current: {
			id: current.id,
			number: current.number,
			body: current.body,
			changeNote: current.changeNote,
			publishedAt: current.publishedAt,
			publishedBy: current.publishedBy,
			file: current.fileName && current.fileType ? { name: current.fileName, type: current.fileType, bytes: current.fileBytes ?? 0 } : null
		},
		versions: versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt, publishedBy: v.publishedBy, changeNote: v.changeNote })),
		staff,
		owners
	};
}

/** Who may own a policy: the school's current staff, for the head's forms. */
export async function policyOwnerChoices(db: Database, actor: Actor): Promise<{ id: string; name: string }[]> {
	assertCan(actor, 'policy.manage', ownSchool(actor));
	return (await currentStaff(db, actor.schoolId)).map((p) => ({ id: p.id, name: p.name }));
}

/** Owners are current staff of this school. */
async function assertOwnerIsStaff(db: Executor, actor: Actor, ownerId: string): Promise<void> {
	const [owner] = await db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.id, ownerId), eq(users.schoolId, actor.schoolId), inArray(users.role, [...STAFF_ROLES]), isNull(users.disabledAt)));
	if (!owner) throw new InputError('ownerId', 'Choose an owner from the list.');
}

/** The person who publishes a version has read it: their acknowledgement is recorded with it. */
async function acknowledgeInside(tx: Executor, actor: Actor, versionId: string, now: Date): Promise<boolean> {
	const inserted = await tx
		.insert(policyAcknowledgements)
		.values({ schoolId: actor.schoolId, versionId, staffId: actor.userId, acknowledgedAt: now })
		.onConflictDoNothing()
		.returning({ id: policyAcknowledgements.id });
	return inserted.length > 0;
}

export async function createPolicy(db: Database, actor: Actor, input: NewPolicyInput, now = new Date()): Promise<{ id: string }> {
	assertCan(actor, 'policy.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		await assertOwnerIsStaff(tx, actor, input.ownerId);
		const [policy] = await tx
			.insert(policies)
			.values({
				schoolId: actor.schoolId,
				title: input.title,
				kind: input.kind,
				ownerId: input.ownerId,
				reviewOn: input.reviewOn,
				requiresAcknowledgement: input.requiresAcknowledgement,
				createdBy: actor.userId,
				createdAt: now
			})
			.returning({ id: policies.id });
		const [version] = await tx
			.insert(policyVersions)
			.values({ schoolId: actor.schoolId, policyId: policy!.id, number: 1, body: input.body, changeNote: '', publishedBy: actor.userId, publishedAt: now })
			.returning({ id: policyVersions.id });
		await acknowledgeInside(tx, actor, version!.id, now);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'policy.created',
			targetType: 'policy',
			targetId: policy!.id,
			details: { title: input.title, kind: input.kind, requiresAcknowledgement: input.requiresAcknowledgement }
		});
		return { id: policy!.id };
	});
}

async function lockPolicy(tx: Executor, actor: Actor, policyId: string) {
	// FOR UPDATE: two versions published at once get numbers one after the other.
	const [row] = await tx
		.select()
		.from(policies)
		.where(and(eq(policies.id, policyId), eq(policies.schoolId, actor.schoolId)))
		.for('update');
	if (!row) throw new NotFoundError('That policy does not exist.');
	return row;
}

/**
 * Locks a policy of the actor's school for a new version (written text or a file) and says
 * which number that version takes; refuses a withdrawn policy, naming the form's `field`.
 */
export async function policyForNewVersion(tx: Executor, actor: Actor, policyId: string, field: string) {
	const policy = await lockPolicy(tx, actor, policyId);
	if (policy.archivedAt) throw new InputError(field, 'This policy has been withdrawn. Bring it back before publishing a new version.');
	const [last] = await tx
		.select({ number: sql<number>`max(${policyVersions.number})::int` })
		.from(policyVersions)
		.where(eq(policyVersions.policyId, policy.id));
	return { policy, number: (last?.number ?? 0) + 1 };
}

export async function publishPolicyVersion(db: Database, actor: Actor, input: PolicyVersionInput, now = new Date()): Promise<{ number: number }> {
	assertCan(actor, 'policy.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		const { policy, number } = await policyForNewVersion(tx, actor, input.policyId, 'body');
		const [version] = await tx
			.insert(policyVersions)
			.values({
				schoolId: actor.schoolId,
				policyId: policy.id,
				number,
				body: input.body,
				changeNote: input.changeNote,
				publishedBy: actor.userId,
				publishedAt: now
			})
			.returning({ id: policyVersions.id });
		await acknowledgeInside(tx, actor, version!.id, now);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'policy.version_published',
			targetType: 'policy',
			targetId: policy.id,
			details: { number, changeNote: input.changeNote }
		});
		return { number };
	});
}

export async function updatePolicyDetails(db: Database, actor: Actor, input: PolicyDetailsInput): Promise<void> {
	assertCan(actor, 'policy.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const before = await lockPolicy(tx, actor, input.policyId);
		await assertOwnerIsStaff(tx, actor, input.ownerId);
		const archivedAt = input.withdrawn ? (before.archivedAt ?? new Date()) : null;
		await tx
			.update(policies)
			.set({
				title: input.title,
				kind: input.kind,
				ownerId: input.ownerId,
				reviewOn: input.reviewOn,
				requiresAcknowledgement: input.requiresAcknowledgement,
				archivedAt
			})
			.where(eq(policies.id, before.id));
		const changed: string[] = (['title', 'kind', 'ownerId', 'reviewOn', 'requiresAcknowledgement'] as const).filter((f) => before[f] !== input[f]);
		if (Boolean(before.archivedAt) !== input.withdrawn) changed.push('withdrawn');
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'policy.updated',
			targetType: 'policy',
			targetId: before.id,
			details: { changed, reviewOn: input.reviewOn, withdrawn: input.withdrawn }
		});
	});
}

/** A member of staff acknowledges the version they have just read; it must still be the latest. */
export async function acknowledgePolicy(db: Database, actor: Actor, versionId: string, now = new Date()): Promise<void> {
	assertCan(actor, 'policy.acknowledge', ownSchool(actor));
	await db.transaction(async (tx) => {
		const latest = await latestVersions(tx, actor.schoolId);
		const version = latest.find((v) => v.versionId === versionId);
		if (!version) {
			const [older] = await tx
				.select({ id: policyVersions.id })
				.from(policyVersions)
				.where(and(eq(policyVersions.id, versionId), eq(policyVersions.schoolId, actor.schoolId)));
			if (older) throw new InputError('versionId', 'A newer version of this policy has been published. Please read that one.');
			throw new NotFoundError('That policy does not exist.');
		}
		if (version.archived) throw new InputError('versionId', 'This policy has been withdrawn.');
		if (await acknowledgeInside(tx, actor, versionId, now)) {
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'policy.acknowledged',
				targetType: 'policy',
				targetId: version.policyId,
				details: { number: version.number }
			});
		}
	});
}
