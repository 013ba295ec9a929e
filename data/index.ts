/** The canonical records: the only hand-edited data in the package. */
export { meetings } from './meetings.ts';
export { organizations } from './organizations.ts';
export { people } from './people.ts';
export { sources } from './sources.ts';
