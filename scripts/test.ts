import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALL_HINT, missingBrowserTools, which } from './browsers';
import { checkBundleSize } from './check-size';

/**
 * `npm test`: unit tests, both builds, the bundle-size budget, then the browser tests in real
 * Chromium and Firefox. Browser tests never skip: a missing browser is a failure that says how to
 * install it. The last line is `N passed, N failed` (summed over the vitest runs) for CI to read.
 */

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** The slice of vitest's JSON report this script reads. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
/** Why the run failed, one line each; a failed step that is not a test (build, budget, missing browser) also counts as one failed. */
const failures: string[] = [];
const reportDir = mkdtempSync(join(tmpdir(), 'sift-test-'));

function heading(text: string): void {
  console.log(`\n=== ${text} ===`);
}

/** Runs a command with inherited output; returns true when it exits 0. */
function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

/** Adds one vitest JSON report to the tally; a missing or unreadable report counts as one failure. */
function count(label: string, reportFile: string): void {
  if (!existsSync(reportFile)) {
    stepFailed(`${label}: vitest wrote no report (it crashed before running tests)`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no failed test in it, but it is a failure all the same.
  for (const file of report.testResults) {
    const anyFailed = file.assertionResults.some((a) => a.status === 'failed');
    if (file.status === 'failed' && !anyFailed) stepFailed(`${label}: ${file.name} failed to run`);
  }
}

/** Runs `npm run <script>` under vitest's default and JSON reporters and tallies the result. */
function vitest(label: string, script: string, wrapper: string[] = []): void {
  heading(label);
  const reportFile = join(reportDir, `${script.replace(/\W/g, '-')}.json`);
  const args = ['run', script, '--', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
  const [command, ...rest] = [...wrapper, 'npm', ...args];
  const failedBefore = tally.failed;
  const ok = run(command as string, rest);
  count(label, reportFile);
  if (ok) return;
  // Failed tests are already tallied; a non-zero exit without one (a global setup that threw, an
  // unhandled error) still counts once.
  if (tally.failed === failedBefore) stepFailed(`${label}: vitest exited non-zero`);
  else failures.push(`${label}: ${tally.failed - failedBefore} failed`);
}

/** A failed step outside vitest: explained, and counted so the summary never says 0 failed on a red run. */
function stepFailed(reason: string): void {
  failures.push(reason);
  tally.failed += 1;
}

function step(label: string, script: string): boolean {
  heading(label);
  const ok = run('npm', ['run', '--silent', script]);
  if (!ok) stepFailed(`${label}: failed`);
  return ok;
}

function sizeBudget(): void {
  heading('Bundle size (gzipped)');
  if (!checkBundleSize('dist')) stepFailed('bundle size: over budget');
}

/** Browser tools present, or a plain explanation of what to install. */
function browsersReady(): boolean {
  const missing = missingBrowserTools();
  if (missing.length === 0) return true;
  console.error('\nThe browser tests need programs this machine does not have:');
  for (const tool of missing) console.error(`  - ${tool.what}: apt package "${tool.apt}"`);
  console.error(`Install them (Debian/Ubuntu):\n  ${INSTALL_HINT}`);
  console.error('Sift never skips its browser tests, so npm test fails until they are installed.');
  stepFailed(`browser tests: missing ${missing.map((t) => t.apt).join(', ')}`);
  return false;
}

/** Headed Chromium (for the real keyboard shortcut) needs an X display; give it a virtual one. */
function displayWrapper(): string[] {
  if (process.env.DISPLAY) return [];
  const xvfb = which('xvfb-run');
  return xvfb ? [xvfb, '-a', '--server-args=-screen 0 1280x1024x24'] : [];
}

function main(): number {
  vitest('Unit tests', 'test:unit');
  const built = step('Build (dist/)', 'build') && step('Test build (dist-test/)', 'build:test');
  if (built) sizeBudget();
  if (!built) {
    stepFailed('browser tests: not run, the build failed');
  } else if (browsersReady()) {
    vitest('Browser tests (Chromium and Firefox)', 'test:e2e', displayWrapper());
  }

  rmSync(reportDir, { recursive: true, force: true });
  if (tally.skipped > 0) {
    failures.push(`${tally.skipped} skipped or todo test(s): Sift's tests never skip, so they count as failed`);
    tally.failed += tally.skipped;
  }
  heading('Summary');
  for (const failure of failures) console.log(`FAIL ${failure}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return failures.length === 0 && tally.failed === 0 ? 0 : 1;
}

process.exitCode = main();
