/** Facts about the package that the generated files quote. */
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

export const packageName = packageJson.name;
export const packageVersion = packageJson.version;

/** Base of every schema `$id`: the files as a registry CDN serves them for this exact version. */
export const schemaBaseUrl = `https://unpkg.com/${packageName}@${packageVersion}/dist/schema/`;
