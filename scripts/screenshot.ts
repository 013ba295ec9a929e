/**
 * Pictures of the dataset page for the README, taken in Debian's Chromium from dist/site/ on disk:
 *
 *   npm run screenshot      writes docs/site.png (desktop), docs/site-validator.png (a report),
 *                           docs/site-source.png (the source page, a quotation linked to) and
 *                           docs/site-phone.png, docs/site-source-phone.png (a phone)
 *
 * Run `npm run build` first. The pictures show the top of the main page, a validation report with
 * an error, and a quotation's place in the source after following its link, as a visitor sees them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const pageUrl = pathToFileURL(`${rootDir}dist/site/index.html`).href;
/** The source page at the ninth priority of the work report, as its link on the main page opens it. */
const sourceUrl = `${pathToFileURL(`${rootDir}dist/site/source/most-newsletter-2020-01.html`).href}#meetings/national-st-work-conference-2020/workReport/priorities/8/text`;
const outDir = `${rootDir}docs/`;

/** The published meetings as NDJSON (they refer to each other), the conference with two mistakes: what a report looks like. */
const exampleNdjson = () => {
  const meetings = JSON.parse(readFileSync(`${rootDir}dist/json/meetings.json`, 'utf8')) as Record<string, unknown>[];
  const broken = (meeting: Record<string, unknown>) => ({ ...meeting, endDate: '2020-02-30', place: { ...(meeting['place'] as object), countryCode: 'China' } });
  return Buffer.from(meetings.map((meeting) => `${JSON.stringify(meeting['id'] === 'national-st-work-conference-2020' ? broken(meeting) : meeting)}\n`).join(''));
};

const shoot = async (name: string, viewport: { width: number; height: number }, showReport: boolean, url = pageUrl) => {
  const browser = await launchChromium({ viewport });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
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
await shoot('site-source.png', { width: 1100, height: 900 }, false, sourceUrl);
await shoot('site-source-phone.png', { width: 390, height: 844 }, false, sourceUrl);
