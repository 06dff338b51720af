// The code under test starts this process's pg-boss on first enqueue; a suite stops it when done
// so the worker's connections do not outlive the test file.
export async function stopJobQueue(): Promise<void> {
  const boss = await (globalThis as unknown as { frontdeskBoss?: Promise<{ stop: (o: object) => Promise<void> }> }).frontdeskBoss;
  await boss?.stop({ graceful: false, wait: false });
}
