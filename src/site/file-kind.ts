/** What the command infers from a file's name, for the page: the same functions it uses. */
export { formatOfName, schemaOfName } from '../validate/file-kind.ts';
