'use strict';
// Preloaded into each process bench/run.js times (node -r): reports the process's peak memory and its processor
// time (every thread: workers, compiler, GC) at exit.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`BENCH_MAXRSS=${u.maxRSS}\nBENCH_CPU_US=${u.userCPUTime + u.systemCPUTime}\n`);
});
