/**
 * python-jsonschema (Debian's and pip's) and jsonschema-rs (pip), each in its own environment, run
 * by python_check.py: one Python process per environment and hidden module, for every document.
 *
 * Debian's is the system Python (/usr/bin/python3 with python3-jsonschema, and python3-rfc3987 for
 * `format: uri`). pip's are virtual environments made by that Python's venv module (Debian:
 * python3-venv) under node_modules/.cache/, with the versions pinned below, made once and kept; pip
 * uses the index it is configured with. A set-up whose environment cannot be made is skipped
 * with the reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rootDir, type CorpusDocument, type SchemaName } from '../documents.ts';
import { message, type Outcome, type SchemaSet, type SetUpFamily, type SetUpInfo, type SetUpResult } from '../setup.ts';

export const SYSTEM_PYTHON = '/usr/bin/python3';
const CHECK = fileURLToPath(new URL('./python_check.py', import.meta.url));
const VENVS = join(rootDir, 'node_modules/.cache/china-st-meetings-portability');

/** The pip releases tried (the newest the index served when the matrix was last made). */
export const PIP_REQUIREMENTS = {
  jsonschema: ['jsonschema==4.25.1'],
  'jsonschema-nongpl': ['jsonschema[format-nongpl]==4.25.1'],
  'jsonschema-rs': ['jsonschema-rs==0.58.3'],
} as const;
type VenvName = keyof typeof PIP_REQUIREMENTS;

interface PythonSetUp extends SetUpInfo {
  readonly engine: 'jsonschema' | 'jsonschema-rs';
  readonly formats: boolean;
}

interface Environment {
  readonly python: string;
  /** Modules hidden from the process (python_check.py's PORTABILITY_HIDE). */
  readonly hide?: readonly string[];
}

interface PythonReply {
  readonly versions: Record<string, string | null>;
  readonly results: Record<string, { loadErrors: Partial<Record<SchemaName, string>>; outcomes: Outcome[] }>;
}

/** Runs python_check.py once for the set-ups, on every document. */
const runCheck = (environment: Environment, setUps: readonly PythonSetUp[], schemas: SchemaSet, documents: readonly CorpusDocument[]): Promise<PythonReply> =>
  new Promise((resolve, reject) => {
    const child = spawn(environment.python, [CHECK], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PORTABILITY_HIDE: (environment.hide ?? []).join(','), PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 600_000,
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (status !== 0) return reject(new Error(`${environment.python} python_check.py: ${signal ?? `exit ${String(status)}`}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
      resolve(JSON.parse(Buffer.concat(stdout).toString('utf8')) as PythonReply);
    });
    const request = {
      schemas: Object.fromEntries(schemas),
      documents: documents.map((document) => [document.schema, document.instance]),
      setups: setUps.map(({ id, engine, formats }) => ({ id, engine, formats })),
    };
    // JSON.stringify writes a lone surrogate as an escape (\ud800), which Python's json reads back as one.
    child.stdin.end(JSON.stringify(request));
  });

const resultsOf = (reply: PythonReply, setUps: readonly PythonSetUp[], version: string): SetUpResult[] =>
  setUps.map((info) => {
    const result = reply.results[info.id];
    if (result === undefined) throw new Error(`python_check.py gave no result for ${info.id}`);
    return { info, status: 'ran', version, ...result };
  });

const skipAll = (setUps: readonly SetUpInfo[], reason: string): SetUpResult[] => setUps.map((info) => ({ info, status: 'skipped', reason }));

const imports = (python: string, module: string): boolean => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;

/** The version to show: the first package's, then the others named, then Python's. */
const versionText = (versions: Record<string, string | null>, names: readonly string[]) =>
  names
    .filter((name) => versions[name] !== null && versions[name] !== undefined)
    .map((name, index) => (index === 0 ? String(versions[name]) : `${name} ${String(versions[name])}`))
    .concat(`Python ${String(versions['python'])}`)
    .join(', ');

// ---- Debian: python3-jsonschema on the system Python.

const debianPlain: PythonSetUp = {
  id: 'python-debian',
  validator: 'python-jsonschema (Debian python3-jsonschema)',
  settings: '`Draft202012Validator(schema)`: no format checker',
  required: true,
  engine: 'jsonschema',
  formats: false,
};
const debianFormats: PythonSetUp = {
  id: 'python-debian-formats',
  validator: 'python-jsonschema (Debian python3-jsonschema)',
  settings: '`format_checker=FormatChecker()`, without python3-rfc3987 (installed with --no-install-recommends)',
  required: true,
  engine: 'jsonschema',
  formats: true,
};
const debianRfc3987: PythonSetUp = {
  id: 'python-debian-rfc3987',
  validator: 'python-jsonschema (Debian python3-jsonschema)',
  settings: '`format_checker=FormatChecker()` with python3-rfc3987 (the recipe of this page)',
  required: true,
  engine: 'jsonschema',
  formats: true,
};

const debianMissing = (python: string) =>
  !existsSync(python) ? `${python} is not there (Debian's python3)` : !imports(python, 'jsonschema') ? 'python3-jsonschema is not installed (apt-get install python3-jsonschema)' : undefined;

/** Debian's python-jsonschema plain and with rfc3987 in one process: what `npm test` runs. */
export const debianPythonQuick: SetUpFamily = {
  setUps: [debianPlain, debianRfc3987],
  run: async (schemas, documents) => {
    const missing = debianMissing(SYSTEM_PYTHON) ?? (imports(SYSTEM_PYTHON, 'rfc3987') ? undefined : 'python3-rfc3987 is not installed (apt-get install python3-rfc3987)');
    if (missing !== undefined) return skipAll(debianPythonQuick.setUps, missing);
    const setUps = [debianPlain, debianRfc3987];
    const reply = await runCheck({ python: SYSTEM_PYTHON }, setUps, schemas, documents);
    return resultsOf(reply, setUps, versionText(reply.versions, ['jsonschema', 'rfc3987']));
  },
};

export const debianPythonSetUps: SetUpFamily = {
  setUps: [debianPlain, debianFormats, debianRfc3987],
  run: async (schemas, documents) => {
    const missing = debianMissing(SYSTEM_PYTHON);
    if (missing !== undefined) return skipAll(debianPythonSetUps.setUps, missing);
    const withoutRfc3987 = await runCheck({ python: SYSTEM_PYTHON, hide: ['rfc3987', 'rfc3986_validator'] }, [debianPlain, debianFormats], schemas, documents);
    const results = resultsOf(withoutRfc3987, [debianPlain, debianFormats], versionText(withoutRfc3987.versions, ['jsonschema']));
    if (!imports(SYSTEM_PYTHON, 'rfc3987')) return [...results, ...skipAll([debianRfc3987], 'python3-rfc3987 is not installed (apt-get install python3-rfc3987)')];
    const withRfc3987 = await runCheck({ python: SYSTEM_PYTHON }, [debianRfc3987], schemas, documents);
    return [...results, ...resultsOf(withRfc3987, [debianRfc3987], versionText(withRfc3987.versions, ['jsonschema', 'rfc3987']))];
  },
};

// ---- pip: one virtual environment per requirement set.

/**
 * The Python of a virtual environment with the requirements installed, made if missing (or if it
 * was made for other requirements); throws with pip's or venv's last words when it cannot be made.
 */
export const venvPython = (name: VenvName): string => {
  const dir = join(VENVS, `venv-${name}`);
  const python = join(dir, 'bin/python');
  const marker = join(dir, 'requirements.txt');
  const requirements = `${PIP_REQUIREMENTS[name].join('\n')}\n`;
  if (existsSync(python) && existsSync(marker) && readFileSync(marker, 'utf8') === requirements) return python;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(VENVS, { recursive: true });
  const run = (command: string, args: readonly string[], what: string) => {
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      const said = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').filter((line) => !line.startsWith('WARNING')).at(-1) ?? result.error?.message ?? '';
      throw new Error(`${what} failed: ${said}`);
    }
  };
  if (!existsSync(SYSTEM_PYTHON)) throw new Error(`${SYSTEM_PYTHON} is not there`);
  run(SYSTEM_PYTHON, ['-m', 'venv', dir], `${SYSTEM_PYTHON} -m venv (Debian: apt-get install python3-venv)`);
  // No retries: an index that cannot be reached should say so now, not after minutes.
  run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--retries', '0', '--timeout', '20', ...PIP_REQUIREMENTS[name]], `pip install ${PIP_REQUIREMENTS[name].join(' ')}`);
  writeFileSync(marker, requirements);
  return python;
};

const pipPlain: PythonSetUp = {
  id: 'python-pip',
  validator: 'python-jsonschema (pip)',
  settings: '`Draft202012Validator(schema)`: no format checker',
  required: true,
  engine: 'jsonschema',
  formats: false,
};
const pipFormats: PythonSetUp = {
  id: 'python-pip-formats',
  validator: 'python-jsonschema (pip)',
  settings: '`format_checker=FormatChecker()`, `pip install jsonschema` alone',
  required: true,
  engine: 'jsonschema',
  formats: true,
};
const pipNongpl: PythonSetUp = {
  id: 'python-pip-nongpl',
  validator: 'python-jsonschema (pip)',
  settings: '`format_checker=FormatChecker()`, `pip install jsonschema[format-nongpl]`',
  required: true,
  engine: 'jsonschema',
  formats: true,
};

/** Runs set-ups in a virtual environment, or skips them with the reason it could not be made. */
const inVenv = async (name: VenvName, setUps: readonly PythonSetUp[], schemas: SchemaSet, documents: readonly CorpusDocument[], versionOf: readonly string[]) => {
  let python: string;
  try {
    python = venvPython(name);
  } catch (error) {
    return skipAll(setUps, message(error));
  }
  const reply = await runCheck({ python }, setUps, schemas, documents);
  return resultsOf(reply, setUps, versionText(reply.versions, versionOf));
};

export const pipPythonSetUps: SetUpFamily = {
  setUps: [pipPlain, pipFormats, pipNongpl],
  run: async (schemas, documents) => [
    ...(await inVenv('jsonschema', [pipPlain, pipFormats], schemas, documents, ['jsonschema'])),
    ...(await inVenv('jsonschema-nongpl', [pipNongpl], schemas, documents, ['jsonschema', 'rfc3986-validator', 'rfc3339-validator'])),
  ],
};

const rsPlain: PythonSetUp = {
  id: 'jsonschema-rs',
  validator: 'jsonschema-rs (pip, from Python)',
  settings: '`Draft202012Validator(schema)`: formats not validated (the default)',
  required: true,
  engine: 'jsonschema-rs',
  formats: false,
};
const rsFormats: PythonSetUp = {
  id: 'jsonschema-rs-formats',
  validator: 'jsonschema-rs (pip, from Python)',
  settings: '`Draft202012Validator(schema, validate_formats=True)`',
  required: true,
  engine: 'jsonschema-rs',
  formats: true,
};

export const jsonschemaRsSetUps: SetUpFamily = {
  setUps: [rsPlain, rsFormats],
  run: async (schemas, documents) => inVenv('jsonschema-rs', [rsPlain, rsFormats], schemas, documents, ['jsonschema-rs']),
};
