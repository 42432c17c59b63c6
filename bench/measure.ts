/** Runs `fn` repeatedly and compares the median time with the budget; prints a line either way. */
export function budget(name: string, budgetMs: number, fn: () => unknown, runs = 15): boolean {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const ok = median <= budgetMs;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: median ${median.toFixed(2)} ms (budget ${budgetMs} ms)`,
  );
  return ok;
}
