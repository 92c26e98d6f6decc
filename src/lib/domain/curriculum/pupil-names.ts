// How pupils are named in curriculum views and exports: the same rule as everywhere
// children see each other (first name, plus a surname initial only where two share one).
// Exports leave the school, so they carry no more than that.
export { displayNames as pupilDisplayNames, type NamedPerson as NamedPupil } from '../messaging/display-names';
