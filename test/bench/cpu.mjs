// Main-thread CPU time of what `run` does in a page: the renderer main thread's own time
// (thread time of the top-level tasks in a trace). Unlike wall time or TaskDuration it does
// not grow when other processes load the machine, so a ratio of two of these holds steady
// where a ratio of wall times (rounded to frames) swings by a frame or two.
// When the page marks `wza-cpu-start` / `wza-cpu-end` (performance.mark), only tasks between them count.
export async function mainThreadCpu(page, run) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  const result = await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const from = events.find((e) => e.name === 'wza-cpu-start')?.ts ?? -Infinity;
  const to = events.find((e) => e.name === 'wza-cpu-end')?.ts ?? Infinity;
  let end = -Infinity;
  let us = 0;
  for (const e of events.filter((x) => x.tid === main && x.ph === 'X' && x.ts >= from && x.ts <= to).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue; // nested in a task already counted
    us += e.tdur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return { ms: us / 1000, result };
}
