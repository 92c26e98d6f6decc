// The class or pupil named in a route's path, as a permission resource for the shared
// wrappers (`resource: classInPath`). An unknown or malformed id gives null, which the
// wrappers answer with 404 and the `notFound` message beside it.
import { getDb } from '../db';
import { classResource, pupilResource } from '../auth/resources';
import type { Resource } from '../../domain/auth/permissions';

type WithParams = { event: { params: Partial<Record<string, string>> } };

export const classInPath = ({ event }: WithParams): Promise<Resource | null> => classResource(getDb(), event.params.classId ?? '');
export const pupilInPath = ({ event }: WithParams): Promise<Resource | null> => pupilResource(getDb(), event.params.pupilId ?? '');

export const NO_CLASS = 'That class does not exist.';
export const NO_PUPIL = 'That pupil does not exist.';
