// Printing a class's sign-in cards, or renewing one pupil's: new passwords and QR secrets,
// written in one transaction with every session of those pupils ended (a lost card or a
// known password must stop working at once) and the printing audited. The passwords and
// secrets exist only in the returned cards.
import { randomBytes, randomInt } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db';
import { classMemberships, classes, pupilCardSecrets, users } from '../../db/schema';
import type { Actor } from '../../../domain/auth/permissions';
import { CARD_SECRET_BYTES, hashCardSecret, makeCardPassword, makeCardSecret } from '../../../domain/schools/sign-in-cards';
import { assertCan } from '../../auth/authorize';
import { classResource, pupilResource } from '../../auth/resources';
import { currentAcademicYearId } from '../../auth/actor';
import { hashPassword } from '../../auth/passwords';
import { invalidateUserSessions } from '../../auth/session';
import { recordAudit } from '../../audit/record';
import { NotFoundError } from '../../errors';

export interface SignInCard {
	pupilId: string;
	firstName: string;
	surname: string;
	username: string;
	password: string;
	/** Goes in the QR code's link, /card/<secret>. */
	secret: string;
}

export interface PrintedCards {
	className: string;
	cards: SignInCard[];
}

/** Every pupil in the class this year gets a new card. */
export async function printClassCards(db: Database, actor: Actor, classId: string, now = new Date()): Promise<PrintedCards> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'pupil.password.reset', resource);
	const yearId = await currentAcademicYearId(db, actor.schoolId, now);
	const [cls] = await db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId));
	const pupils = yearId
		? await db
				.select({ id: users.id, firstName: users.firstName, surname: users.surname, username: users.username })
				.from(classMemberships)
				.innerJoin(users, eq(users.id, classMemberships.pupilId))
				.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId)))
				.orderBy(asc(users.firstName), asc(users.surname))
		: [];
	const cards = await issueCards(db, actor, pupils, { action: 'school.sign_in_cards_printed', targetType: 'class', targetId: classId });
	return { className: cls!.name, cards };
}

/** One pupil's lost or forgotten card: a new password and QR secret for them alone. */
export async function renewPupilCard(db: Database, actor: Actor, pupilId: string): Promise<SignInCard> {
	const resource = await pupilResource(db, pupilId);
	if (!resource || resource.kind !== 'pupil') throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.password.reset', resource);
	const pupils = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname, username: users.username })
		.from(users)
		.where(eq(users.id, pupilId));
	const [card] = await issueCards(db, actor, pupils, { action: 'school.sign_in_card_renewed', targetType: 'user', targetId: pupilId });
	return card!;
}

type CardPupil = Omit<SignInCard, 'password' | 'secret' | 'pupilId'> & { id: string };

async function issueCards(
	db: Database,
	actor: Actor,
	pupils: CardPupil[],
	audit: { action: string; targetType: string; targetId: string }
): Promise<SignInCard[]> {
	const cards = pupils.map((p) => ({
		pupilId: p.id,
		firstName: p.firstName,
		surname: p.surname,
		username: p.username,
		password: makeCardPassword(randomInt),
		secret: makeCardSecret(new Uint8Array(randomBytes(CARD_SECRET_BYTES)))
	}));
	// A class of 30 hashes in parallel on the thread pool: about a second, once a year.
	const hashes = await Promise.all(cards.map((c) => hashPassword(c.password)));
	const now = new Date();
	await db.transaction(async (tx) => {
		for (const [i, card] of cards.entries()) {
			await tx
				.update(users)
				.set({ passwordHash: hashes[i]!, passwordChangedAt: now })
				.where(and(eq(users.id, card.pupilId), eq(users.schoolId, actor.schoolId)));
			await invalidateUserSessions(tx, card.pupilId);
		}
		if (cards.length) {
			await tx.delete(pupilCardSecrets).where(
				inArray(
					pupilCardSecrets.pupilId,
					cards.map((c) => c.pupilId)
				)
			);
			await tx
				.insert(pupilCardSecrets)
				.values(
					cards.map((c) => ({ pupilId: c.pupilId, schoolId: actor.schoolId, secretHash: hashCardSecret(c.secret), createdBy: actor.userId, createdAt: now }))
				);
		}
		await recordAudit(tx, { schoolId: actor.schoolId, actorId: actor.userId, ...audit, details: { pupils: cards.length } });
	});
	return cards;
}
