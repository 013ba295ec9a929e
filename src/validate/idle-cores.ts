/**
 * How many cores other programs leave free, from the system's CPU times over a short while: the
 * default threads follow what is free, not the core count. This process's own time (all its
 * threads) is taken out of the busy time: while a file is first read, V8 compiles and collects on
 * another core, which is no other program's work (counted in, it made a quiet machine look busy
 * about one time in two).
 */
import { cpus } from 'node:os';

/** Busy time short of a whole core by at most this counts as a free core (the samples move by a tick or two). */
const ROUNDING = 0.3;

export interface CpuSample {
  readonly at: number;
  /** Every core's busy time, in milliseconds. */
  readonly busy: number;
  /** This process's CPU time (user and system, every thread), in milliseconds. */
  readonly own: number;
  readonly cores: number;
}

export const sampleCpus = (): CpuSample => {
  const all = cpus();
  const { user, system } = process.cpuUsage();
  return {
    at: performance.now(),
    busy: all.reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0),
    own: (user + system) / 1000,
    cores: all.length,
  };
};

/** The cores free for more threads between two samples: those no other program kept busy, less the one this thread runs on. */
export const idleCores = (from: CpuSample, to: CpuSample): number => {
  const elapsed = to.at - from.at;
  if (elapsed <= 0) return 0;
  const othersBusy = Math.max(0, to.busy - from.busy - (to.own - from.own)) / elapsed;
  return Math.max(0, Math.floor(to.cores - othersBusy - 1 + ROUNDING));
};
