/**
 * How many cores sit idle, measured from the operating system's CPU times over a short while: the
 * default number of threads follows what is free now, not how many cores there are, so that a busy
 * machine is not made busier (a second thread on a core that other work holds was slower than one).
 */
import { cpus } from 'node:os';

/** Idle time short of a whole core by at most this counts as a free core (the samples move by a tick or two). */
const ROUNDING = 0.3;

export interface CpuSample {
  readonly at: number;
  readonly cores: readonly { readonly idle: number; readonly total: number }[];
}

export const sampleCpus = (): CpuSample => ({
  at: performance.now(),
  cores: cpus().map(({ times }) => ({ idle: times.idle, total: times.user + times.nice + times.sys + times.irq + times.idle })),
});

/**
 * The whole cores idle between two samples: the sum of each core's idle share (a thread moves
 * between cores), rounded down. 1 on two cores where this process keeps one busy and nothing else
 * runs; 0 when something else keeps the other one busy too.
 */
export const idleCores = (from: CpuSample, to: CpuSample): number => {
  let idle = 0;
  from.cores.forEach((core, index) => {
    const later = to.cores[index];
    const total = (later?.total ?? 0) - core.total;
    if (total > 0) idle += ((later?.idle ?? 0) - core.idle) / total;
  });
  return Math.floor(idle + ROUNDING);
};
