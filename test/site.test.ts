// The callbacks given to page.evaluate run in the page: they need the DOM types (for the whole program, harmlessly).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The dataset page (dist/site/) in a real browser, as a visitor uses it: Debian's Chromium, the page
 * opened from disk. One browser for the whole file; the tests run in order on one page.
 * Fails (does not skip) when Chromium is missing: .ci/run installs it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateChunks, validateFiles, type InputFormat, type ValidationIssue } from 'china-st-meetings/validate';
import { launchChromium, type Chromium } from '../scripts/chromium.ts';
import { distDir, fold, keptSources, readDist, readDistJson, rootDir, sampleMeeting } from './helpers.ts';

const pageUrl = pathToFileURL(`${distDir}site/index.html`).href;
const dictionaryUrl = pathToFileURL(`${distDir}site/dictionary.html`).href;
/** The first source whose text the package keeps: it has a page of its own. */
const [{ id: keptSourceId }] = keptSources();
const sourcePageUrl = pathToFileURL(`${distDir}site/source/${keptSourceId}.html`).href;
const allMeetings = JSON.parse(readDist('json/meetings.json')) as {
  id: string;
  name: string;
  source: { sourceId: string; role?: string };
  workReport?: { priorities: { number: number; text: string }[] };
  remarks?: { number: number; text: string; speakerId?: string; speakerLabel?: string; addressees?: Addressee[] }[];
  mentions?: Mention[];
  series?: { seriesId: string; ordinal?: string };
}[];
type Addressee = { kind: 'person'; personId: string } | { kind: 'organization'; organizationId: string } | { kind: 'group'; label: string };
interface Mention {
  readonly pointer: string;
  readonly asPrinted: string;
  readonly personId?: string;
  readonly organizationId?: string;
  readonly mentionedMeetingId?: string;
  readonly documentId?: string;
  readonly seriesId?: string;
}
/** The meetings the page shows as articles: those their source reports, not those it only names. */
const meetings = allMeetings.filter((meeting) => meeting.source.role !== 'mention').map((meeting) => ({ ...meeting, remarks: meeting.remarks ?? [] }));
const people = JSON.parse(readDist('json/people.json')) as {
  id: string;
  name: string;
  titles: { title: string; organizationId?: string; sphere?: string; observedOn?: string; editorial?: { heldFrom?: { value: string }; heldUntil?: { value: string } } }[];
}[];
const organizations = JSON.parse(readDist('json/organizations.json')) as { id: string; name: string }[];
const documents = readDistJson('json/documents.json') as { id: string; name: string }[];
const series = readDistJson('json/series.json') as { id: string; name: string }[];
/** The title of each code of a codelist (dist/codelists/NAME.csv). */
const codeTitles = (codelist: string) => new Map((parse(readDist(`codelists/${codelist}.csv`), { columns: true }) as { Code: string; Title: string }[]).map((row) => [row.Code, row.Title]));
/** A date of the records (YYYY, YYYY-MM or YYYY-MM-DD) as a reader in Britain writes it: 9 January 2020, March 2018. */
const dateText = (date: string) => {
  const [year = 0, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(month === undefined ? {} : { month: 'long' }), ...(day === undefined ? {} : { day: 'numeric' }) };
  return new Intl.DateTimeFormat('en-GB', options).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
};
/** How the page names the place of a quoted value: "line 125", "lines 119–121". */
const linesOf = (dataset: string, recordId: string, pointer: string) => {
  const row = quotationRows.find((candidate) => candidate.dataset === dataset && candidate.record_id === recordId && candidate.pointer === pointer);
  return row === undefined ? '' : row.line_start === row.line_end ? ` line ${row.line_start}` : ` lines ${row.line_start}–${row.line_end}`;
};

/** Where each quotation stands (dist/csv/derived/quotations.csv). */
const quotationRows = parse(readDist('csv/derived/quotations.csv'), { columns: true }) as { dataset: string; record_id: string; pointer: string; source_id: string; line_start: string; line_end: string; exact: string }[];

let browser: Chromium;
let page: Page;
/** Console errors and warnings, uncaught exceptions, and every URL the browser asked for. */
const problems: string[] = [];
const requested: string[] = [];
/** The folders of the files given to the page by path (checkInPage), removed at the end. */
const uploadDirs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  browser.context.on('request', (request) => requested.push(request.url()));
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(pageUrl);
});

afterAll(async () => {
  await browser?.close();
  for (const dir of uploadDirs) rmSync(dir, { recursive: true, force: true });
  if (largePath !== undefined) rmSync(dirname(largePath), { recursive: true, force: true });
});

/** What axe-core finds serious or critical on the page as it is now. */
const seriousViolations = async () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() runs outside the page's Content Security Policy, which refuses injected scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: { preload: boolean }): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    // No preload: it would fetch the stylesheet, which the page's policy (connect-src 'none') refuses.
    const result = await axe.run(document, { preload: false });
    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
  });
  return violations.filter(({ impact }) => impact === 'serious' || impact === 'critical');
};

/** Requests that left the machine's disk: anything but file:, blob: and data: URLs. */
const networkRequests = () => requested.filter((url) => !/^(?:file|blob|data):/u.test(url));

// ---- files given to the validator ----------------------------------------------------------------

interface Upload {
  readonly name: string;
  readonly bytes: Buffer;
}

const upload = (name: string, text: string | Buffer): Upload => ({ name, bytes: typeof text === 'string' ? Buffer.from(text) : text });
const ndjson = (records: readonly unknown[]) => records.map((record) => `${JSON.stringify(record)}\n`).join('');

/** Chooses the files in the page and waits for the verdict (valid, invalid or could not check). */
const checkInPage = async (...files: Upload[]) => {
  // By path, as a user's file is: a buffer is sent to the browser as text (slow for a file of MiBs).
  // Kept until the end: the page checks the chosen files again when an option changes.
  const dir = mkdtempSync(join(tmpdir(), 'china-st-meetings-upload-'));
  uploadDirs.push(dir);
  const paths = files.map((file, index) => {
    const path = join(dir, String(index), file.name);
    mkdirSync(dirname(path));
    writeFileSync(path, file.bytes);
    return path;
  });
  await page.setInputFiles('#validator-file', paths);
  const status = page.locator('#validator-status');
  await page.locator('#validator-status.valid, #validator-status.invalid').waitFor();
  const rows = await page.locator('#validator-details table.issues tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
  );
  return { status: (await status.textContent()) ?? '', rows };
};

/** The rows the page should show for these issues: the CLI's line, column, field, message and code. */
const expectedRows = (errors: readonly ValidationIssue[]) =>
  errors.map((issue) => [String(issue.line ?? ''), String(issue.column ?? ''), issue.pointer === '' ? '(whole record or file)' : issue.pointer, issue.message, issue.code]);

/** The Node library's verdict on the same bytes, named and typed as the page does by default. */
const checkInNode = async (file: Upload, format: InputFormat, schema: 'meeting' | 'meetings' | 'people' = 'meeting') =>
  validateChunks(
    (async function* () {
      yield new Uint8Array(file.bytes);
    })(),
    { format, schema, file: file.name },
  );

// ---- the tests -----------------------------------------------------------------------------------

describe('the dataset page, opened from disk in Chromium', () => {
  it('loads with no console errors and no network requests', async () => {
    // The page rendered its one heading (a locator object is always defined: count what it finds).
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').textContent())?.trim()).not.toBe('');
    expect(await page.title()).toMatch(/^Two January 2020 meetings/u);
    expect(problems).toEqual([]);
    expect(networkRequests()).toEqual([]);
    // The page's own files were loaded: the stylesheet applies, the script ran.
    expect(requested.some((url) => url.endsWith('/site/style.css'))).toBe(true);
    expect(await page.locator('#validator-status').textContent()).toBe('No file checked yet.');
  });

  it('shows each meeting under its name', async () => {
    for (const meeting of meetings) {
      const heading = page.locator(`article#${meeting.id} h3`);
      expect(await heading.isVisible()).toBe(true);
      expect(await heading.locator('span').textContent()).toBe(meeting.name);
    }
  });

  it('shows every priority of a work report, numbered as printed, verbatim and in order', async () => {
    const conference = meetings.find((meeting) => meeting.workReport !== undefined);
    const items = page.locator(`article#${conference?.id} ol.priorities > li`);
    const priorities = conference?.workReport?.priorities ?? [];
    expect(priorities.length).toBeGreaterThan(0);
    expect(await items.count()).toBe(priorities.length);
    for (const [index, priority] of priorities.entries()) {
      const item = items.nth(index);
      expect(await item.isVisible()).toBe(true);
      expect(await item.getAttribute('value')).toBe(String(priority.number));
      expect(await item.locator('q').textContent()).toBe(priority.text);
    }
  });

  it('shows each remark as a quotation with who made it', async () => {
    const meeting = meetings.find((candidate) => candidate.remarks.length > 0);
    const figures = page.locator(`article#${meeting?.id} ol.remarks figure`);
    expect(await figures.count()).toBe(meeting?.remarks.length);
    for (const [index, remark] of (meeting?.remarks ?? []).entries()) {
      expect(await figures.nth(index).locator('blockquote').textContent()).toBe(remark.text);
      const speaker = people.find((person) => person.id === remark.speakerId)?.name ?? remark.speakerLabel;
      expect(await figures.nth(index).locator('figcaption').textContent()).toContain(`${speaker}, `);
    }
  });

  it('marks as quotations only words found in the source they cite, and cites the source copy beside the page', async () => {
    const quotations = await page
      .locator('main q[cite], main blockquote[cite] [id*="/"]')
      .evaluateAll((nodes) => nodes.map((node) => ({ text: node.textContent ?? '', cite: (node.closest('[cite]') as Element).getAttribute('cite') ?? '' })));
    expect(quotations.length).toBeGreaterThan(40);
    const copies = new Map<string, string>();
    const copy = (cite: string) => copies.get(cite) ?? copies.set(cite, fold(readDist(`site/${cite}`))).get(cite) ?? '';
    expect(quotations.filter(({ text, cite }) => !copy(cite).includes(fold(text)))).toEqual([]);
    // Each cited copy is the package's source file, unchanged.
    const sources = readDistJson('json/sources.json') as { path?: string }[];
    const expected = sources.flatMap((source) => (source.path === undefined ? [] : [`source/${source.path.replace(/^.*\//u, '')}`]));
    expect([...copies.keys()].sort()).toEqual(expected.sort());
    for (const source of sources) if (source.path !== undefined) expect(readDist(`site/source/${source.path.replace(/^.*\//u, '')}`)).toBe(readFileSync(`${rootDir}${source.path}`, 'utf8'));
  });

  it('shows every quoted value of every meeting, person and organization under its quotation key, linked to its place in the source', async () => {
    const shown = new Map(
      await page.locator('main [id]').evaluateAll((nodes) =>
        nodes.map((node) => {
          // The link to the place follows the value, or is in the element that stands for it (evidence), or in its list item (a remark's caption).
          const around = [node.nextElementSibling, ...node.querySelectorAll('a.at'), ...(node.closest('li')?.querySelectorAll('a.at') ?? [])];
          const links = around.flatMap((link) => (link?.matches('a.at') ? [link.getAttribute('href') ?? ''] : []));
          return [node.id, { text: node.textContent ?? '', links }] as const;
        }),
      ),
    );
    const placed = quotationRows.filter((row) => row.dataset !== 'sources');
    expect(placed.length).toBeGreaterThan(60);
    for (const row of placed) {
      const key = `${row.dataset}/${row.record_id}${row.pointer}`;
      const element = shown.get(key);
      expect(element, key).toBeDefined();
      // An element shows the value itself, or (evidence) holds the link to it.
      if (!/\/evidence$/u.test(row.pointer)) expect(fold(element?.text ?? ''), key).toBe(fold(row.exact));
      expect(element?.links, key).toContain(`source/${row.source_id}.html#${key}`);
    }
  });

  it('gives every meeting, summary sentence, priority and remark a stable anchor', async () => {
    for (const meeting of meetings) {
      expect(await page.locator(`[id="${meeting.id}"]`).count()).toBe(1);
      const sentences = (meeting as unknown as { summary: string[] }).summary;
      for (const [index, sentence] of sentences.entries()) expect(fold((await page.locator(`[id="${meeting.id}-summary-${index + 1}"] > span`).textContent()) ?? '')).toBe(sentence);
      for (const priority of meeting.workReport?.priorities ?? []) expect(await page.locator(`[id="${meeting.id}-priority-${priority.number}"] q`).textContent()).toBe(priority.text);
      for (const remark of meeting.remarks) expect(await page.locator(`[id="${meeting.id}-remark-${remark.number}"] blockquote`).textContent()).toBe(remark.text);
    }
    // A priority linked to is highlighted.
    const reported = meetings.find((meeting) => (meeting.workReport?.priorities.length ?? 0) > 0);
    const anchor = `${reported?.id}-priority-${reported?.workReport?.priorities.at(-1)?.number}`;
    await page.goto(`${pageUrl}#${anchor}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    expect(await page.locator(':target').evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('has a Cite block per meeting: the source title marked editorial, the data set with its version, the link to the report in the source', async () => {
    const version = (JSON.parse(readFileSync(`${rootDir}package.json`, 'utf8')) as { version: string }).version;
    const sources = readDistJson('json/sources.json') as { id: string; title: string; titleBasis?: string }[];
    for (const meeting of meetings) {
      const source = sources.find((candidate) => candidate.id === meeting.source.sourceId);
      const cite = page.locator(`article#${meeting.id} section.cite`);
      expect(await cite.locator('h4').textContent()).toBe('Cite');
      expect(await cite.locator('cite').textContent()).toBe(source?.title);
      expect(await cite.locator('dd').first().locator('.badge').count()).toBe(source?.titleBasis === 'editorial' ? 1 : 0);
      expect(await cite.textContent()).toContain(`version ${version}`);
      expect(await cite.locator('p.citation').textContent()).toContain(`china-st-meetings version ${version}`);
      expect(await cite.locator(`a[href="source/${meeting.source.sourceId}.html#meetings/${meeting.id}"]`).count()).toBe(1);
    }
  });

  it('links the words that name a record to it, lists the records each meeting names, and every such link has its target', async () => {
    const linkTargets = await page.locator('main a.mention, main section[aria-labelledby$="-names"] a, #linked a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(linkTargets.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const href of new Set(linkTargets.filter((target) => target.startsWith('#')))) if ((await page.locator(`[id="${href.slice(1)}"]`).count()) !== 1) missing.push(href);
    expect(missing).toEqual([]);
    const anchorOf = (mention: Mention) =>
      mention.personId !== undefined ? `person-${mention.personId}` : mention.organizationId !== undefined ? `organization-${mention.organizationId}` : mention.documentId !== undefined ? `document-${mention.documentId}` : mention.seriesId !== undefined ? `series-${mention.seriesId}` : (mention.mentionedMeetingId ?? '');
    for (const meeting of meetings) {
      const named = new Set((meeting.mentions ?? []).map(anchorOf));
      const listed = await page.locator(`section[aria-labelledby="meeting-${meeting.id}-names"] li > a:first-child`).evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').slice(1)));
      expect(new Set(listed), meeting.id).toEqual(named);
    }
    // The words in a quoted text link to what they name, as printed: every mention of every meeting the
    // page shows (words that name several records, "2nd, 3rd and 4th plenary sessions", link to one of them).
    const printed = new Map<string, { key: string; asPrinted: string; anchors: Set<string> }>();
    for (const meeting of meetings) {
      for (const mention of meeting.mentions ?? []) {
        const key = `meetings/${meeting.id}${mention.pointer}`;
        const words = printed.get(`${key}\n${mention.asPrinted}`) ?? { key, asPrinted: mention.asPrinted, anchors: new Set<string>() };
        words.anchors.add(`#${anchorOf(mention)}`);
        printed.set(`${key}\n${mention.asPrinted}`, words);
      }
    }
    expect(printed.size).toBeGreaterThan(0);
    for (const { key, asPrinted, anchors } of printed.values()) {
      const links = await page.locator(`[id="${key}"] a.mention`).evaluateAll((elements) => elements.map((element) => [element.getAttribute('href') ?? '', element.textContent ?? ''] as const));
      expect(links.filter(([href, text]) => text === asPrinted && anchors.has(href)).length, `${key}: ${asPrinted}`).toBeGreaterThan(0);
    }
  });

  it('shows the series with their editions, the documents, and the meetings the source only names, with the texts that name each', async () => {
    for (const record of documents) expect(await page.locator(`[id="document-${record.id}"] strong q`).textContent()).toBe(record.name);
    for (const record of series) expect(await page.locator(`[id="series-${record.id}"] strong q`).textContent()).toBe(record.name);
    // The meetings the source only names, each listed once, and no other.
    const named = allMeetings.filter((meeting) => meeting.source.role === 'mention');
    expect(named.length).toBeGreaterThan(0);
    expect(await page.locator('#named-meetings-title ~ ul > li').count()).toBe(named.length);
    for (const meeting of named) expect(await page.locator(`#named-meetings-title ~ ul > li[id="${meeting.id}"]`).count(), meeting.id).toBe(1);
    // Where each record is named: how often, and a link to each text that names it, labelled by the part it is.
    const label = (pointer: string) => {
      const [field, index, next] = pointer.split('/').slice(1);
      if (field === 'remarks') return `remark ${Number(index) + 1}`;
      if (field === 'workReport' && index === 'priorities') return `priority ${Number(next) + 1}`;
      return undefined;
    };
    const namers: [string, (mention: Mention) => string | undefined, readonly { id: string }[]][] = [
      ['document-', (mention) => mention.documentId, documents],
      ['series-', (mention) => mention.seriesId, series],
      ['', (mention) => mention.mentionedMeetingId, named],
    ];
    let labelled = 0;
    for (const [prefix, target, records] of namers) {
      for (const record of records) {
        const places = allMeetings.flatMap((meeting) => (meeting.mentions ?? []).filter((mention) => target(mention) === record.id).map((mention) => ({ meeting, mention })));
        const namedIn = page.locator(`[id="${prefix}${record.id}"] .named-in`);
        if (places.length === 0) {
          expect(await namedIn.count(), record.id).toBe(0);
          continue;
        }
        expect(await namedIn.textContent(), record.id).toMatch(new RegExp(`^Named ${places.length === 1 ? 'once' : `${places.length} times`}: `, 'u'));
        const links = await namedIn.locator('a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.getAttribute('href') ?? '', anchor.textContent ?? '']));
        expect(links.map(([href]) => href), record.id).toEqual(places.map(({ meeting, mention }) => `#meetings/${meeting.id}${mention.pointer}`));
        places.forEach(({ mention }, index) => {
          const expected = label(mention.pointer);
          if (expected === undefined) return;
          labelled += 1;
          expect(links[index]?.[1], `${record.id}: ${mention.pointer}`).toBe(expected);
        });
      }
    }
    expect(labelled, 'a remark or a priority names a record').toBeGreaterThan(0);
    // A meeting that is an edition of a series says so, with the edition as printed.
    const editions = meetings.flatMap((meeting) => (meeting.series === undefined ? [] : [{ meeting, edition: meeting.series }]));
    expect(editions.length).toBeGreaterThan(0);
    for (const { meeting, edition } of editions) {
      const name = series.find((record) => record.id === edition.seriesId)?.name;
      expect(await page.locator(`article#${meeting.id} dl.facts`).first().textContent(), meeting.id).toContain(`${edition.ordinal === undefined ? 'an edition' : `edition ${edition.ordinal}`} of ${name}`);
    }
  });

  it("shows whom a remark is addressed to, and a post's dates: the day the source shows it, the editors' dates marked editorial", async () => {
    const addressed = meetings.flatMap((meeting) => meeting.remarks.flatMap((remark) => (remark.addressees === undefined ? [] : [{ meeting, remark, addressees: remark.addressees }])));
    expect(addressed.length).toBeGreaterThan(0);
    for (const { meeting, remark, addressees } of addressed) {
      const caption = await page.locator(`[id="${meeting.id}-remark-${remark.number}"] figcaption`).textContent();
      const names = addressees.map((whom) =>
        whom.kind === 'person' ? people.find((person) => person.id === whom.personId)?.name : whom.kind === 'organization' ? organizations.find((organization) => organization.id === whom.organizationId)?.name : `the group ${whom.label}`,
      );
      expect(caption, `${meeting.id} remark ${remark.number}`).toContain(`addressed to ${names[0]}`);
      for (const name of names) expect(caption, `${meeting.id} remark ${remark.number}`).toContain(name);
    }
    // Each post: the title as printed and where, whose post it is and of what sphere, the day the
    // source shows it held, and the editors' dates, marked editorial.
    const spheres = codeTitles('post-sphere');
    let dated = 0;
    for (const person of people) {
      for (const [index, post] of person.titles.entries()) {
        const entry = page.locator(`[id="people/${person.id}/titles/${index}/evidence"]`);
        const details = [
          ...(post.organizationId === undefined ? [] : [`of the ${organizations.find((organization) => organization.id === post.organizationId)?.name}`]),
          ...(post.sphere === undefined ? [] : [`a ${spheres.get(post.sphere)?.toLowerCase()} post`]),
        ];
        const expected = `${post.title}${linesOf('people', person.id, `/titles/${index}/title`)}${details.length === 0 ? '' : ` (${details.join(', ')})`}${post.observedOn === undefined ? '' : `; held on ${dateText(post.observedOn)}, as the source shows`}`;
        expect((await entry.textContent())?.startsWith(expected), `${person.id} post ${index}: ${expected}`).toBe(true);
        const { heldFrom, heldUntil } = post.editorial ?? {};
        const held = [heldFrom === undefined ? '' : `from ${dateText(heldFrom.value)}`, heldUntil === undefined ? '' : `until ${dateText(heldUntil.value)}`].filter((part) => part !== '').join(' ');
        if (held === '') continue;
        dated += 1;
        expect(await entry.locator('.editorial', { hasText: `held ${held}` }).locator('.badge').count(), `${person.id} post ${index}: held ${held}`).toBe(1);
      }
    }
    expect(dated, "a post with the editors' dates").toBeGreaterThan(0);
  });

  it("runs the build's compiled validators: the page's script holds no schema compiler", () => {
    const script = readDist('site/app.js');
    // Strings of ajv's compiler (ajv/dist/core.js), which the compiled standalone code does not need.
    for (const compilerText of ['schema with key or id', 'Ajv', 'compileAsync']) expect(script).not.toContain(compilerText);
    // The compiled validators are there: the CSV tables they check rows of.
    expect(script).toContain('meeting_work_report_priorities');
  });

  it('embeds dist/jsonld/meetings.jsonld for search engines', async () => {
    const embedded = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(embedded ?? '')).toEqual(JSON.parse(readDist('jsonld/meetings.jsonld')));
  });

  it('links every CSV, XLSX, SQLite, JSON, JSON Schema, Data Package, JSON-LD and annotations file of dist/, each to a file there of the size shown', async () => {
    const links = await page.locator('#downloads a[href]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', bytes: anchor.nextElementSibling?.querySelector('data')?.getAttribute('value') })),
    );
    const linked = links.map(({ href, bytes }) => {
      const path = fileURLToPath(new URL(href, pageUrl));
      expect(statSync(path).size, href).toBe(Number(bytes));
      return relative(distDir, path);
    });
    const listFiles = (dir: string): string[] =>
      readdirSync(join(distDir, dir)).flatMap((entry) => (statSync(join(distDir, dir, entry)).isDirectory() ? listFiles(join(dir, entry)) : [join(dir, entry)]));
    const sourceCopies = listFiles('site/source').filter((path) => path.endsWith('.txt'));
    const dataFiles = [...listFiles('csv'), ...listFiles('xlsx'), ...listFiles('sqlite'), ...listFiles('json'), ...listFiles('schema'), 'datapackage.json', ...listFiles('jsonld'), ...listFiles('annotations'), ...sourceCopies];
    expect(linked.sort()).toEqual(dataFiles.sort());
  });

  it('says valid for the published files: JSON, NDJSON and CSV', async () => {
    const jsonFile = upload('meetings.json', readDist('json/meetings.json'));
    expect((await checkInPage(jsonFile)).status).toBe(`Valid. 1 file, ${allMeetings.length} records, no errors`);
    const ndjsonFile = upload('my-meetings.ndjson', ndjson(allMeetings));
    expect((await checkInPage(ndjsonFile)).status).toBe(`Valid. 1 file, ${allMeetings.length} records, no errors`);
    const priorities = readDist('csv/meeting_work_report_priorities.csv');
    const csvFile = upload('meeting_work_report_priorities.csv', priorities);
    expect((await checkInPage(csvFile)).status).toBe(`Valid. 1 file, ${priorities.split('\r\n').filter((row) => row !== '').length - 1} records, no errors`);
    expect(await page.locator('#validator-details').textContent()).toContain('table meeting_work_report_priorities');
  });

  it('says valid for a valid line of several MiB, as the Node library does (Chromium decodes the long line it carries in a resizable buffer)', async () => {
    // A meeting with 200 remarks of 4,000 CJK characters: a line of about 2.4 MB.
    const meeting = sampleMeeting('remarks');
    const remark = (meeting['remarks'] as Record<string, unknown>[])[0];
    const remarks = Array.from({ length: 200 }, (_, index) => ({ ...remark, number: index + 1, text: '\u79d1'.repeat(4000) }));
    const file = upload('my-meetings.ndjson', ndjson([{ ...meeting, remarks }]));
    expect(file.bytes.length).toBeGreaterThan(2_000_000);
    expect((await checkInNode(file, 'ndjson')).valid).toBe(true);
    expect((await checkInPage(file)).status).toMatch(/^Valid\. 1 file, 1 record/u);
  });

  it('reports the line and field of a bad record, exactly as the Node library does', async () => {
    // Every meeting (the diplomats' meeting refers to those it acted on), one of them broken.
    const index = allMeetings.findIndex((meeting) => (meeting as { place?: object }).place !== undefined);
    expect(index).toBeGreaterThanOrEqual(0);
    const records = allMeetings.map((meeting, at) => (at === index ? { ...meeting, place: { ...(meeting as { place?: object }).place, countryCode: 'China' } } : meeting));
    const file = upload('my-meetings.ndjson', ndjson(records));
    const { status, rows } = await checkInPage(file);
    expect(status).toBe(`Not valid. 1 file, ${records.length} records: ${records.length - 1} valid, 1 invalid`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(([line, , field]) => line === String(index + 1) && field === '/place/countryCode')).toBe(true);
    expect(rows).toEqual(expectedRows((await checkInNode(file, 'ndjson')).errors));
  });

  it('reports a bad CSV row by its line and column', async () => {
    const csv = readDist('csv/meeting_work_report_priorities.csv').split('\r\n');
    csv[3] = csv[3]?.replace(/^([^,]+),3,/u, '$1,three,') ?? '';
    const file = upload('meeting_work_report_priorities.csv', csv.join('\r\n'));
    const { rows } = await checkInPage(file);
    expect(rows.map(([line, column, field, , code]) => [line, column, field, code])).toEqual([['4', '2', '/number', 'wrong-type']]);
    expect(rows).toEqual(expectedRows((await checkInNode(file, 'csv')).errors));
  });

  it("gives the command's notes: a parent table without its child tables says which rows were not counted", async () => {
    const file = upload('meetings.csv', readDist('csv/meetings.csv'));
    await checkInPage(file);
    const notes = await page.locator('#validator-details .notes li').allTextContents();
    const folder = mkdtempSync(join(tmpdir(), 'china-st-meetings-site-notes-'));
    try {
      writeFileSync(join(folder, file.name), file.bytes);
      const expected = (await validateFiles([join(folder, file.name)])).notes;
      expect(expected.some((note) => note.startsWith('The rows of meeting_work_report_priorities'))).toBe(true);
      expect(notes).toEqual(expected.map((note) => `Note: ${note}`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('checks several files in one run, in the order the command reads them: references between them are checked', async () => {
    // Every dataset, people second (the broken copy below is checked with it).
    const names = ['meetings', 'people', ...readdirSync(`${distDir}json`).map((file) => file.replace(/\.json$/u, '')).filter((name) => name !== 'meetings' && name !== 'people')];
    const datasets = names.map((name) => upload(`${name}.json`, readDist(`json/${name}.json`)));
    const { status } = await checkInPage(...datasets);
    expect(status).toBe(`Valid. ${datasets.length} files, ${datasets.reduce((sum, file) => sum + (JSON.parse(file.bytes.toString()) as unknown[]).length, 0)} records, no errors`);
    // Read with what they refer to first (organizations refer to nothing, meetings to every other), and nothing left unchecked.
    const order = await page.locator('#validator-details ol.files-checked li').evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/:.*/su, '')));
    expect([order[0], order.at(-1), order.length]).toEqual(['organizations.json', 'meetings.json', datasets.length]);
    expect(await page.locator('#validator-details .notes').count()).toBe(0);
    // A reference that the people file does not hold: found, as the command finds it.
    const first = allMeetings.find((meeting) => (meeting.remarks?.length ?? 0) > 0) as unknown as Record<string, unknown>;
    const rest = allMeetings.filter((meeting) => meeting.id !== first['id']);
    const [remark, ...otherRemarks] = first['remarks'] as Record<string, unknown>[];
    const broken = upload('meetings.json', JSON.stringify([{ ...first, remarks: [{ ...remark, speakerId: 'li-keqiang' }, ...otherRemarks] }, ...rest]));
    const { rows } = await checkInPage(broken, datasets[1]!);
    const folder = mkdtempSync(join(tmpdir(), 'china-st-meetings-site-files-'));
    try {
      for (const file of [broken, datasets[1]!]) writeFileSync(join(folder, file.name), file.bytes);
      const expected = await validateFiles([join(folder, 'meetings.json'), join(folder, 'people.json')]);
      expect(expected.errors.map((issue) => issue.code)).toContain('unresolved-reference');
      expect(rows).toEqual(expectedRows(expected.errors));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    ['a truncated JSON file', upload('meetings.json', readDist('json/meetings.json').slice(0, 500)), 'json', 'meetings'],
    ['a JSON file with a syntax error', upload('meeting.json', '{"id": "x",, "name": "y"}'), 'json', 'meeting'],
    ['a CSV file with an unclosed quote', upload('people.csv', 'id,name\r\n"wang-zhigang,Wang Zhigang\r\n'), 'csv', 'people'],
    ['a file that is not UTF-8', upload('people.csv', Buffer.from([0x69, 0x64, 0x0a, 0xc3, 0x28, 0x0a])), 'csv', 'people'],
    ['a binary file', upload('meeting.json', Buffer.from([0x7b, 0, 0, 1, 2])), 'json', 'meeting'],
    ['an empty CSV file', upload('people.csv', ''), 'csv', 'people'],
  ] as const)('explains what is wrong with %s, as the Node library does', async (_, file, format, schema) => {
    const { status, rows } = await checkInPage(file);
    const expected = await checkInNode(file, format, schema);
    expect(status).toMatch(/^Not valid\. 1 file, /u);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(expectedRows(expected.errors));
  });

  it('says which format to choose for a file whose name does not tell', async () => {
    await page.setInputFiles('#validator-file', { name: 'records.txt', mimeType: 'text/plain', buffer: Buffer.from('{}') });
    await page.locator('#validator-status.invalid').waitFor();
    expect(await page.locator('#validator-status').textContent()).toBe(
      'Could not check the file. cannot tell the format of records.txt from its name: choose JSON, NDJSON or CSV under “Options”.',
    );
    await page.click('#validator-form summary');
    await page.selectOption('#validator-format', 'json');
    await page.locator('#validator-status.invalid strong', { hasText: 'Not valid.' }).waitFor();
    await page.selectOption('#validator-format', '');
    await page.click('#validator-form summary');
  });

  it('can be used with the keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.goto(pageUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('has no serious or critical accessibility violations (axe-core), a validation report included', async () => {
    await checkInPage(upload('my-meetings.ndjson', '{"id": "x"}\nnot json\n'));
    expect(await seriousViolations()).toEqual([]);
  });

  it('streams a large file in a worker: the progress bar moves and the page keeps responding', async () => {
    const file = largeFile();
    await page.evaluate(() => {
      const bar = document.getElementById('validator-progress-bar') as HTMLProgressElement;
      const seen: number[] = [];
      new MutationObserver(() => seen.push(bar.value / bar.max)).observe(bar, { attributes: true, attributeFilter: ['value'] });
      // A timer that the main thread must keep running: a long gap means the page froze.
      let last = performance.now();
      const gaps = { max: 0 };
      setInterval(() => {
        const now = performance.now();
        gaps.max = Math.max(gaps.max, now - last);
        last = now;
      }, 20);
      Object.assign(window, { progressSeen: seen, timerGaps: gaps });
    });
    await page.setInputFiles('#validator-file', file);
    await page.locator('#validator-status.valid, #validator-status.invalid').waitFor();
    const status = await page.locator('#validator-status').textContent();
    expect(status).toMatch(/^Valid\. 1 file, [\d,]+ records, no errors$/u);
    const { seen, maxGap } = await page.evaluate(() => ({
      seen: (window as unknown as { progressSeen: number[] }).progressSeen,
      maxGap: (window as unknown as { timerGaps: { max: number } }).timerGaps.max,
    }));
    expect(seen.filter((fraction) => fraction > 0 && fraction < 1).length).toBeGreaterThanOrEqual(2);
    // Measured here: about 40 ms with the worker, over 500 ms when the same check ran on the main thread.
    expect(maxGap).toBeLessThan(250);
  });

  it('cancels a check under way', async () => {
    // Cancel is pressed as soon as the progress box shows (a microtask after the check starts, so
    // before the worker can answer): a click from here could come after the check of the file had
    // ended, as it did once the validator got faster.
    await page.evaluate(() => {
      const box = document.getElementById('validator-progress') as HTMLElement;
      new MutationObserver((_, observer) => {
        if (box.hidden) return;
        observer.disconnect();
        (document.getElementById('validator-cancel') as HTMLButtonElement).click();
      }).observe(box, { attributes: true, attributeFilter: ['hidden'] });
    });
    // The same file again fires no change event: clear the choice first, as a new visitor's page is.
    await page.setInputFiles('#validator-file', []);
    await page.setInputFiles('#validator-file', largeFile());
    await page.locator('#validator-status', { hasText: 'Cancelled.' }).waitFor();
    expect(await page.locator('#validator-progress').isHidden()).toBe(true);
    // Nothing the stopped check had under way replaces the verdict afterwards.
    await page.waitForTimeout(1000);
    expect(await page.locator('#validator-status').textContent()).toBe('Cancelled.');
  });

  it('shows the data dictionary on its own page: every CSV table with every column', async () => {
    await page.goto(dictionaryUrl);
    const descriptor = JSON.parse(readDist('datapackage.json')) as { resources: { name: string; type?: string; schema: { fields: { name: string }[] } }[] };
    const shown = await page.locator('#dictionary section').evaluateAll((sections) =>
      sections.map((section) => ({
        name: section.querySelector('h3')?.textContent,
        columns: [...section.querySelectorAll('tbody th')].map((cell) => cell.textContent),
      })),
    );
    expect(shown).toEqual(descriptor.resources.filter((resource) => resource.type === 'table').map(({ name, schema }) => ({ name: `${name}.csv`, columns: schema.fields.map((field) => field.name) })));
    // Codelist names are code, not backticks.
    expect(await page.locator('#dictionary').textContent()).not.toContain('`');
  });

  it('shows the source on a page of its own: numbered lines, every quoted span under its key, highlighted when linked to, with a link back', async () => {
    const ofThisSource = quotationRows.filter((row) => row.source_id === keptSourceId);
    // A quotation of a meeting, over more than one line where there is one.
    const linked = ofThisSource.filter((row) => row.dataset === 'meetings').sort((a, b) => Number(b.line_end !== b.line_start) - Number(a.line_end !== a.line_start))[0];
    const key = `meetings/${linked?.record_id}${linked?.pointer}`;
    await page.goto(`${sourcePageUrl}#${key}`);
    const source = readDist(`site/source/${keptSourceId}.txt`);
    // The text is the file's, line for line, with a number per line.
    expect(await page.locator('.source-text .ln').count()).toBe(source.split('\n').length - (source.endsWith('\n') ? 1 : 0));
    expect(await page.locator(`#L${linked?.line_start}`).getAttribute('data-line')).toBe(linked?.line_start);
    const spans = new Map(await page.locator('.source-text .q[id]').evaluateAll((nodes) => nodes.map((node) => [node.id, node.textContent ?? ''] as const)));
    expect(spans.size).toBe(ofThisSource.length);
    for (const row of ofThisSource) expect(spans.get(`${row.dataset}/${row.record_id}${row.pointer}`)).toBe(row.exact);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(key);
    expect(await target.evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const back = page.locator(':target + a.back');
    expect(await back.isVisible()).toBe(true);
    expect(await back.getAttribute('href')).toBe(`../index.html#${key}`);
    // Another span's link back stays hidden until it is linked to.
    expect(await page.locator('.source-text a.back').evaluateAll((links) => links.filter((link) => getComputedStyle(link).display !== 'none').length)).toBe(1);
    expect(await seriousViolations()).toEqual([]);
    await back.click();
    await page.waitForURL(`${pageUrl}#${key}`);
    expect(await page.locator(':target').textContent()).toBe(fold(quotationRows.find((row) => `${row.dataset}/${row.record_id}${row.pointer}` === key)?.exact ?? ''));
  });

  it('is readable on a phone: at 390 px nothing scrolls sideways, on any page, and every download link is on screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const url of [pageUrl, dictionaryUrl, sourcePageUrl]) {
        await page.goto(url);
        const wide = await page.evaluate(() => {
          const root = document.documentElement;
          const scrolling = [...document.querySelectorAll('*')].filter(
            (node) => node.scrollWidth > node.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(node).overflowX),
          );
          return { page: root.scrollWidth - root.clientWidth, scrolling: scrolling.map((node) => `${node.tagName}.${node.className}`) };
        });
        expect(wide, url).toEqual({ page: 0, scrolling: [] });
      }
      await page.goto(pageUrl);
      const offScreen = await page.locator('#downloads a[href]').evaluateAll((links) =>
        links.filter((link) => link.getBoundingClientRect().right > window.innerWidth || link.getBoundingClientRect().left < 0).map((link) => link.getAttribute('href')),
      );
      expect(offScreen).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('made no network request and logged no error in all of the above', () => {
    expect(networkRequests()).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/**
 * A 16 MB NDJSON file on disk (the published meetings again and again, each with its own id),
 * made once: a check of more than a second, so that the progress (posted every 100 ms) moves
 * several times, and a freeze of the main thread for as long would fail the gap test. Given by
 * path, as a user's file is: a buffer would be copied into the page first, which holds up the
 * page's main thread by itself.
 */
let largePath: string | undefined;
function largeFile(): string {
  if (largePath !== undefined) return largePath;
  // The published meetings first, as they are: the copies refer to the meetings they name.
  const lines: string[] = allMeetings.map((meeting) => `${JSON.stringify(meeting)}\n`);
  let size = 0;
  for (let index = 0; size < 16_000_000; index += 1) {
    const line = `${JSON.stringify({ ...meetings[index % meetings.length], id: `meeting-${index}` })}\n`;
    lines.push(line);
    size += line.length;
  }
  largePath = join(mkdtempSync(join(tmpdir(), 'china-st-meetings-site-')), 'large.ndjson');
  writeFileSync(largePath, lines.join(''));
  return largePath;
}
