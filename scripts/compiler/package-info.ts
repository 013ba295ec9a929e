/** Facts about the package that the generated files quote. */
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  description: string;
  license: string;
  keywords: string[];
};

export const packageName = packageJson.name;
export const packageVersion = packageJson.version;
export const packageDescription = packageJson.description;
export const packageLicense = packageJson.license;
export const packageKeywords = packageJson.keywords;

/** The package's files as a registry CDN serves them for this exact version. */
export const versionedFileUrl = (path: string) => `https://unpkg.com/${packageName}@${packageVersion}/${path}`;

/** Base of every schema `$id`: the files as a registry CDN serves them for this exact version. */
export const schemaBaseUrl = versionedFileUrl('dist/schema/');
