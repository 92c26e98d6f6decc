// The shapes pages receive for pupils' work: plain data, no storage details.
import type { ShareStatus, WorkKind } from './rules';

export interface WorkFileView {
	id: string;
	/** Always the guarded /work/files/<id> route. */
	url: string;
	width: number;
	height: number;
}

export interface WorkView {
	id: string;
	pupilId: string;
	kind: WorkKind;
	title: string;
	body: string;
	lessonTitle: string | null;
	showsPeople: boolean;
	status: ShareStatus;
	statusLabel: string;
	statusForPupil: string;
	/** The teacher's reason, in the words the pupil reads, when it was sent back. */
	sentBackBecause: string | null;
	createdAt: string;
	files: WorkFileView[];
}
