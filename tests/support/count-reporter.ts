import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Counts passed and failed tests. When TEST_COUNTS_FILE is set (by tests/run-all.mjs) the counts
 * are written there, with the names of the failed tests, so that one closing line can sum every
 * runner; otherwise they are printed.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = errors.length;
    const names: string[] = errors.map((e) => `vitest: ${(e as Error)?.message ?? String(e)}`);
    for (const m of modules) {
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) {
        failed++;
        names.push(`${m.moduleId}: the file did not run`);
      }
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') {
          failed++;
          names.push(`${m.relativeModuleId} › ${t.fullName}`);
        }
      }
    }
    const file = process.env.TEST_COUNTS_FILE;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, names }));
    else console.log(`${passed} passed, ${failed} failed`);
  }
}
