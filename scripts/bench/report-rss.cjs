// Preloaded (node --require) into a benchmarked command: prints its peak memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\nbench-max-rss-mb=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
});
