/**
 * How the bench measures: each contender in a process of its own (so that its peak memory is its
 * own), taking turns over rounds, each figure the median of its rounds; CPU seconds are user + system
 * time of every thread. A core can be kept busy meanwhile by a child that does nothing but spin, to
 * measure what the defaults do on a machine where other work runs.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const benchDir = fileURLToPath(new URL('.', import.meta.url));

export interface Measure {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly ok: boolean;
  readonly detail?: string;
}

export type WorkerResult = {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  records: number;
  fields?: number;
  invalid?: number;
  invalidLines?: number[];
  errors?: [number, string][];
};

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Runs scripts/bench/worker.mjs: one measurement in a process of its own. */
export const workerRun = async (mode: string, file: string, env: Record<string, string> = {}): Promise<WorkerResult> => {
  const { stdout } = await run(process.execPath, [join(benchDir, 'worker.mjs'), mode, file], { maxBuffer: 1 << 24, env: { ...process.env, ...env } });
  return JSON.parse(stdout) as WorkerResult;
};

export const worker = async (mode: string, file: string, env: Record<string, string> = {}): Promise<Measure> => {
  const { seconds, cpuSeconds, maxRssMb } = await workerRun(mode, file, env);
  return { seconds, cpuSeconds, maxRssMb, ok: true };
};

const rssOf = (stderr: string) => Number(/bench-max-rss-mb=([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN);
const cpuOf = (stderr: string) => Number(/bench-cpu-seconds=([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN);

/** A whole command, timed from outside (start-up included), with its peak memory and CPU time. */
export const command = async (args: readonly string[]): Promise<Measure> => {
  const started = performance.now();
  try {
    const { stderr } = await run(process.execPath, ['--require', join(benchDir, 'report-rss.cjs'), ...args], { maxBuffer: 1 << 26 });
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuOf(stderr), maxRssMb: rssOf(stderr), ok: true };
  } catch (error) {
    const { stderr = '', code } = error as { stderr?: string; code?: number };
    const reason = stderr.split('\n').find((line) => /Error|error|invalid|heap/u.test(line))?.slice(0, 120) ?? `exit ${String(code)}`;
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuOf(stderr), maxRssMb: rssOf(stderr), ok: false, detail: reason };
  }
};

/**
 * The contenders measured in turn, `count` rounds, each round starting one contender later, so
 * that each takes every place in turn (a machine that speeds up or slows down over the rounds
 * weighs on all alike); each figure the median of its rounds (peak memory: the highest).
 */
export const rounds = async <K extends string>(count: number, contenders: Record<K, () => Promise<Measure>>): Promise<Record<K, Measure>> => {
  const entries = Object.entries(contenders) as [K, () => Promise<Measure>][];
  const results = new Map<K, Measure[]>(entries.map(([name]) => [name, []]));
  for (let round = 0; round < count; round += 1) {
    for (let turn = 0; turn < entries.length; turn += 1) {
      const [name, measure] = entries[(round + turn) % entries.length] as [K, () => Promise<Measure>];
      results.get(name)?.push(await measure());
    }
  }
  return Object.fromEntries(
    [...results].map(([name, measures]) => [
      name,
      {
        seconds: median(measures.map((measure) => measure.seconds)),
        cpuSeconds: median(measures.map((measure) => measure.cpuSeconds)),
        maxRssMb: Math.max(...measures.map((measure) => measure.maxRssMb)),
        ok: measures.every((measure) => measure.ok),
        ...(measures.find((measure) => measure.detail !== undefined)?.detail === undefined ? {} : { detail: measures.find((measure) => measure.detail !== undefined)?.detail }),
      },
    ]),
  ) as Record<K, Measure>;
};

/** Runs `measure` while a child process keeps one core busy (a loop that never ends), then stops it. */
export const withBusyCore = async <T>(measure: () => Promise<T>): Promise<T> => {
  const busy: ChildProcess = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    // Let the scheduler see it spinning before anything is measured.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return await measure();
  } finally {
    busy.kill();
  }
};
