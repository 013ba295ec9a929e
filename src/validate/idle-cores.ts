/** How many cores sit idle, from the system's CPU times over a short while: the default threads follow what is free, not the core count. */
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

/** The whole cores idle between two samples: the sum of each core's idle share, rounded down. */
export const idleCores = (from: CpuSample, to: CpuSample): number => {
  let idle = 0;
  from.cores.forEach((core, index) => {
    const later = to.cores[index];
    const total = (later?.total ?? 0) - core.total;
    if (total > 0) idle += ((later?.idle ?? 0) - core.idle) / total;
  });
  return Math.floor(idle + ROUNDING);
};
