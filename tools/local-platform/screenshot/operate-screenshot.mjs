// Screenshot of one process instance in Operate, taken by headless Chromium as a person would see it.
//   node operate-screenshot.mjs WEBAPPS_URL PROCESS_INSTANCE_KEY OUTPUT.png
// Signs in as demo/demo, opens the instance page, waits until it shows the instance key and the diagram.
// Exits 1 with the reason when the page does not show them.
import { chromium } from 'playwright-core';

const [baseUrl, instanceKey, output] = process.argv.slice(2);
if (!output) {
  console.error('usage: node operate-screenshot.mjs WEBAPPS_URL PROCESS_INSTANCE_KEY OUTPUT.png');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // Running as root (CI machines) needs it; the page is a local, trusted one.
  args: ['--no-sandbox'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  // Only the local web application: CDN and font hosts are not reachable here and would stall the page.
  const local = new URL(baseUrl).host;
  await context.route('**/*', (route) =>
    new URL(route.request().url()).host === local ? route.continue() : route.abort());
  // The login form posts here; the session cookie is shared with the browser context.
  const login = await context.request.post(`${baseUrl}/api/login?username=demo&password=demo`);
  if (login.status() !== 204) {
    throw new Error(`login to ${baseUrl} as demo failed: ${login.status()}`);
  }
  const page = await context.newPage();
  await page.goto(`${baseUrl}/operate/processes/${instanceKey}`, { waitUntil: 'load' });
  await page.getByText(instanceKey).first().waitFor({ timeout: 60_000 });
  await page.locator('.djs-container svg').first().waitFor({ timeout: 60_000 });
  // The diagram fades in and is fitted to the viewport after it is attached.
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: output });
  console.log(`Operate shows process instance ${instanceKey}: ${output}`);
} finally {
  await browser.close();
}
