/** The canonical records: the only hand-edited data in the package. */
export { documents } from './documents.ts';
export { meetings } from './meetings.ts';
export { organizations } from './organizations.ts';
export { people } from './people.ts';
export { series } from './series.ts';
export { sources } from './sources.ts';
