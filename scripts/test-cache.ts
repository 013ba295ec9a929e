/**
 * What the tests make once and keep under node_modules/.cache/china-st-meetings-test/, keyed by a
 * hash of what it is made from, to make it again only when that changed: the validator built from
 * src/ with the `virtual:` modules of its compiled validators (vitest.config.ts), and the build's
 * outputs that test/fresh.test.ts compares dist/ with. `npm run build` leaves both for the sources
 * it built from, so that the tests run after it make neither again. The package's name and version,
 * and the locked versions of the tools that write the outputs (package-lock.json), count for both.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { GeneratedPart } from './compiler/readme-files.ts';
import { writeTree } from './compiler/write.ts';

/** What the validator is built from (test/test-cache.test.ts: the modules it imports are there). */
export const VALIDATOR_DIRS = ['schema', 'scripts', 'src'] as const;
/** What the build reads (the same test: the modules it imports are there). */
export const BUILD_DIRS = ['data', ...VALIDATOR_DIRS] as const;

/** The hex SHA-256 of every file under these folders of `rootDir` (ending in /), of package.json and the lock file, and of `more` files. */
const inputsHash = (rootDir: string, dirs: readonly string[], more: readonly string[] = []): string => {
  const hash = createHash('sha256');
  const add = (path: string) => hash.update(`${path}\0`).update(readFileSync(`${rootDir}${path}`)).update('\0');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(`${rootDir}${dir}`, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  dirs.forEach(walk);
  ['package.json', 'package-lock.json', ...more].forEach(add);
  return hash.digest('hex');
};

const cacheDir = (rootDir: string) => `${rootDir}node_modules/.cache/china-st-meetings-test/`;

/** The key of the tests' validator: its folders, and vitest.config.ts, which serves it. */
export const validatorInputs = (rootDir: string): string => inputsHash(rootDir, VALIDATOR_DIRS, ['vitest.config.ts']);
/** The key of the build kept for test/fresh.test.ts. */
export const buildInputs = (rootDir: string): string => inputsHash(rootDir, BUILD_DIRS);

/** Where the tests' validator lies: what `china-st-meetings/validate` means in the tests. */
export const testValidatorDir = (rootDir: string): string => `${cacheDir(rootDir)}validate/`;

/** The tests' validator: dist/validate/'s scripts by file name, and the `virtual:` modules of its compiled validators. */
export interface TestValidator {
  readonly scripts: ReadonlyMap<string, string>;
  readonly virtualModules: ReadonlyMap<string, string>;
}

const readStamp = (dir: string): string | undefined => {
  try {
    return readFileSync(`${dir}inputs.sha256`, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * What stands for the package root in the kept `virtual:` modules: the generated code imports
 * src/rules.ts by its absolute path, and the root can move, and test:second-source builds in a copy
 * that shares this node_modules (a path into the copy would outlive it).
 */
const ROOT_PLACEHOLDER = '<china-st-meetings root>/';

/**
 * The `virtual:` modules of the tests' validator, if it was built from `inputs`, as served to tests
 * that import src/validate/ modules directly, with this root's paths: ajv's generated code
 * `require`s its runtime helpers, and a `require` made for this root's package.json gives them.
 */
export const keptVirtualModules = (rootDir: string, inputs: string): ReadonlyMap<string, string> | undefined => {
  const dir = testValidatorDir(rootDir);
  if (readStamp(dir) !== inputs) return undefined;
  try {
    const modules = Object.entries(JSON.parse(readFileSync(`${dir}virtual-modules.json`, 'utf8')) as Record<string, string>);
    const rootRequire = `import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(${JSON.stringify(`${rootDir}package.json`)});\n`;
    return new Map(
      modules.map(([name, kept]) => {
        const text = kept.replaceAll(ROOT_PLACEHOLDER, rootDir);
        return [name, text.includes('require(') ? rootRequire + text : text];
      }),
    );
  } catch {
    return undefined;
  }
};

/**
 * Writes the tests' validator built from `inputs`, with its key, unless it is there already: as one
 * folder swapped in whole (writeTree), so that a run stopped halfway leaves the one before.
 */
export const keepTestValidator = (rootDir: string, inputs: string, validator: TestValidator): void => {
  const dir = testValidatorDir(rootDir);
  if (readStamp(dir) === inputs) return;
  mkdirSync(cacheDir(rootDir), { recursive: true });
  writeTree(
    dir.slice(0, -1),
    new Map([
      ['package.json', '{ "type": "module" }\n'],
      ...validator.scripts,
      ['virtual-modules.json', JSON.stringify(Object.fromEntries([...validator.virtualModules].map(([name, text]) => [name, text.replaceAll(rootDir, ROOT_PLACEHOLDER)])))],
      ['inputs.sha256', inputs],
    ]),
  );
};

/** What test/fresh.test.ts compares with dist/, the data dictionary and the README. */
export interface KeptBuild {
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  readonly dictionary: string;
  readonly readme: readonly GeneratedPart[];
}

type SavedBuild = { files: [string, { text: string } | { base64: string }][]; dictionary: string; readme: GeneratedPart[] };

const buildPath = (rootDir: string, inputs: string) => `${cacheDir(rootDir)}build/${inputs}.json`;

/** The build's outputs for `inputs`, if kept. */
export const keptBuild = (rootDir: string, inputs: string): KeptBuild | undefined => {
  let saved: SavedBuild;
  try {
    saved = JSON.parse(readFileSync(buildPath(rootDir, inputs), 'utf8')) as SavedBuild;
  } catch {
    return undefined;
  }
  const files = new Map(saved.files.map(([path, content]) => [path, 'text' in content ? content.text : new Uint8Array(Buffer.from(content.base64, 'base64'))]));
  return { files, dictionary: saved.dictionary, readme: saved.readme };
};

/**
 * Keeps the build's outputs for `inputs`: written whole, then renamed, so that no run reads half of
 * it; the three newest builds are kept (test:second-source builds a copy with more data, whose
 * node_modules is this one).
 */
export const keepBuild = (rootDir: string, inputs: string, build: KeptBuild): void => {
  const path = buildPath(rootDir, inputs);
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const files = [...build.files].map(([name, content]) => [name, typeof content === 'string' ? { text: content } : { base64: Buffer.from(content).toString('base64') }]);
  mkdirSync(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ files, dictionary: build.dictionary, readme: build.readme }));
  renameSync(temporary, path);
  const byAge = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, time: statSync(`${dir}${file}`).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of byAge.slice(3)) rmSync(`${dir}${file}`, { force: true });
};
