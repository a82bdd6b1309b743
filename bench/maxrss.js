'use strict';
// Preloaded into each process bench/run.js times (node -r): reports the process's peak memory at exit.
process.on('exit', () => {
  process.stderr.write(`BENCH_MAXRSS=${process.resourceUsage().maxRSS}\n`);
});
