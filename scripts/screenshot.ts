/**
 * Pictures of the dataset page for the README, taken in Debian's Chromium from dist/site/ on disk:
 *
 *   npm run screenshot      writes docs/site.png (desktop) and docs/site-phone.png (a phone)
 *
 * Run `npm run build` first. The desktop picture shows the top of the page and a validation
 * report with an error, as a visitor sees them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const pageUrl = pathToFileURL(`${rootDir}dist/site/index.html`).href;
const outDir = `${rootDir}docs/`;

/** The published meetings as NDJSON, the second with two mistakes: what a report looks like. */
const exampleNdjson = () => {
  const meetings = JSON.parse(readFileSync(`${rootDir}dist/json/meetings.json`, 'utf8')) as Record<string, unknown>[];
  const broken = { ...meetings[1], endDate: '2020-02-30', place: { ...(meetings[1]?.['place'] as object), countryCode: 'China' } };
  return Buffer.from([meetings[0], broken].map((meeting) => `${JSON.stringify(meeting)}\n`).join(''));
};

const shoot = async (name: string, viewport: { width: number; height: number }, showReport: boolean) => {
  const browser = await launchChromium({ viewport });
  try {
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    if (showReport) {
      await page.setInputFiles('#validator-file', { name: 'my-meetings.ndjson', mimeType: 'application/x-ndjson', buffer: exampleNdjson() });
      await page.locator('#validator-status.invalid').waitFor();
      await page.locator('#validate').scrollIntoViewIfNeeded();
    }
    const png = await page.screenshot({ fullPage: false });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(`${outDir}${name}`, png);
    console.log(`Wrote docs/${name} (${png.length} bytes)`);
  } finally {
    await browser.close();
  }
};

await shoot('site.png', { width: 1100, height: 900 }, false);
await shoot('site-validator.png', { width: 1100, height: 900 }, true);
await shoot('site-phone.png', { width: 390, height: 844 }, false);
