import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, after vitest's own
 * summary, so that any tool (or person) reading only the last line knows the outcome, with
 * the count of tests run per project (unit, dom, e2e).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const byProject = new Map<string, number>();
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
        const project = mod.project.name || 'default';
        byProject.set(project, (byProject.get(project) ?? 0) + 1);
      }
    }
    const projects = [...byProject].map(([name, n]) => `${name} ${n}`).join(', ');
    process.stdout.write(`\nTests by project: ${projects}\n`);
    process.stdout.write(
      `${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`,
    );
  }
}
