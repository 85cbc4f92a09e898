// Drives Debian's headless Chromium with playwright-core for the console's browser tests and benchmarks
// (src/test/java/io/scaffold/orchestrator/console/ChromiumBrowser.java). The Java side keeps the scenario and its
// assertions; this script only carries out one command per line of standard input and answers one JSON line on
// standard output:
//   in:  {"id": 1, "op": "click", "selector": "[data-testid=start-submit]"}
//   out: {"id": 1, "value": ...}  or  {"id": 1, "error": "what failed"}
// Selectors are CSS; a selector that matches several elements fails an action (Playwright's strict mode), so a
// scenario names exactly what it means.
//
//   node driver.mjs CHROMIUM_PATH DEFAULT_TIMEOUT_MS
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [executablePath, defaultTimeout] = process.argv.slice(2);
const userDataDir = mkdtempSync(join(tmpdir(), 'scaffold-chromium-'));
// The flags that keep Chromium quiet on a machine with no way out: without the background-networking ones it
// keeps trying to reach Google's hosts.
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1440, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
context.setDefaultTimeout(Number(defaultTimeout));
const page = context.pages()[0] ?? (await context.newPage());

// What went wrong inside the page: the tests assert there is nothing.
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
});

const timeout = (command) => (command.timeoutMs === undefined ? {} : { timeout: command.timeoutMs });

const operations = {
  goto: async (c) => {
    await page.goto(c.url, timeout(c));
    return page.url();
  },
  url: async () => page.url(),
  click: async (c) => page.locator(c.selector).click(timeout(c)),
  fill: async (c) => page.locator(c.selector).fill(c.value, timeout(c)),
  check: async (c) => page.locator(c.selector).check(timeout(c)),
  select: async (c) => page.locator(c.selector).selectOption(c.value, timeout(c)),
  upload: async (c) => page.locator(c.selector).setInputFiles(c.path, timeout(c)),
  waitFor: async (c) => page.locator(c.selector).first().waitFor({ state: c.state ?? 'visible', ...timeout(c) }),
  // Waits until the element's attribute has the value (e.g. data-status="COMPLETED").
  waitForAttribute: async (c) => page.waitForFunction(
    ([selector, name, value]) => document.querySelector(selector)?.getAttribute(name) === value,
    [c.selector, c.name, c.value], { polling: 50, ...timeout(c) }),
  text: async (c) => page.locator(c.selector).textContent(timeout(c)),
  // The attribute of every element the selector matches, in document order (none: an empty list).
  attributes: async (c) => page.locator(c.selector).evaluateAll(
    (elements, name) => elements.map((element) => element.getAttribute(name)), c.name),
  count: async (c) => page.locator(c.selector).count(),
  screenshot: async (c) => {
    await page.screenshot({ path: c.path, fullPage: true });
    return c.path;
  },
  // Clicks the link and saves the file it downloads; answers the file name the server suggested.
  download: async (c) => {
    const [download] = await Promise.all([page.waitForEvent('download', timeout(c)),
      page.locator(c.selector).click(timeout(c))]);
    await download.saveAs(c.path);
    return download.suggestedFilename();
  },
  // A script run before every page's own scripts (a benchmark's observers).
  addInitScript: async (c) => context.addInitScript({ content: c.script }),
  // Evaluates a JavaScript expression in the page; a promise is awaited. Answers its JSON value.
  evaluate: async (c) => page.evaluate(c.expression),
  pageErrors: async () => pageErrors.splice(0),
};

// Playwright's messages carry terminal colours: the JUnit report shows them as plain text.
const plain = (error) => String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');

let queue = Promise.resolve();
const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  queue = queue.then(async () => {
    let command;
    try {
      command = JSON.parse(line);
      const operation = operations[command.op];
      if (!operation) throw new Error(`unknown operation '${command.op}'`);
      const value = await operation(command);
      process.stdout.write(`${JSON.stringify({ id: command.id, value: value ?? null })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id: command?.id ?? null, error: plain(error) })}\n`);
    }
  });
});
input.on('close', () => {
  queue.then(() => context.close()).finally(() => {
    rmSync(userDataDir, { recursive: true, force: true });
  });
});
