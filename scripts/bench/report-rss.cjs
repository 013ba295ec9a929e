// Preloaded (node --require) into a benchmarked command: prints its peak memory and the CPU time
// of all its threads when it exits.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nbench-max-rss-mb=${(usage.maxRSS / 1024).toFixed(1)} bench-cpu-seconds=${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(3)}\n`);
});
