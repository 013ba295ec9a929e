/** The page's HTML is made by escaping template functions: data can never become markup. */
import { describe, expect, it } from 'vitest';
import { datasetRegistry } from '../schema/index.ts';
import type { ValidDatasets } from '../scripts/compiler/build-types.ts';
import { reports } from '../scripts/compiler/jsonld-linked.ts';
import { linkedSection } from '../scripts/compiler/site/linked.ts';
import { meetingsSection } from '../scripts/compiler/site/meetings.ts';
import { QuoteLinks } from '../scripts/compiler/site/quote-links.ts';
import { renderText } from '../scripts/compiler/site/source-view.ts';
import { dateRange, fileSize } from '../scripts/compiler/site/format.ts';
import { escapeHtml, html, jsonInScript, trustedHtml } from '../scripts/compiler/site/html.ts';
import { page } from '../scripts/compiler/site/page.ts';
import { clone, readDistJson } from './helpers.ts';

const HOSTILE = '</q></h3><script>alert("x")</script><img src=x onerror=alert(1)> & \'';

const datasets = (): ValidDatasets =>
  Object.fromEntries(datasetRegistry.map(({ dataset }) => [dataset, clone(readDistJson(`json/${dataset}.json`))])) as unknown as ValidDatasets;

describe('html templates', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes interpolated values, arrays included, and keeps nested templates as markup', () => {
    const items = ['<b>', 'a & b'];
    expect(html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`.text).toBe('<ul><li>&lt;b&gt;</li><li>a &amp; b</li></ul>');
    expect(html`<p>${trustedHtml('<br>')}${false}${undefined}${3}</p>`.text).toBe('<p><br>3</p>');
  });

  it('writes JSON for a script element with no `<` left, so that it reads back unchanged', () => {
    const json = JSON.stringify({ name: '</script><!-- x' });
    const embedded = jsonInScript(json).text;
    expect(embedded).not.toContain('<');
    expect(JSON.parse(embedded)).toEqual(JSON.parse(json));
  });
});

describe('the page with hostile data', () => {
  it('shows a meeting name, quotation and source title full of markup as text', () => {
    const data = datasets();
    const meeting = data.meetings.find((candidate) => candidate.summary !== undefined);
    if (meeting?.summary === undefined) throw new Error('no meeting with a summary');
    meeting.name = HOSTILE;
    meeting.summary[0] = HOSTILE;
    meeting.dateText = HOSTILE;
    data.sources[0] = { ...data.sources[0]!, title: HOSTILE };
    const out = meetingsSection(data, new QuoteLinks([])).text;
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    // The name, the summary sentence, the printed dates, and under each meeting of that source its
    // title three times: in the source line, the Cite block and the citation to copy.
    const citing = data.meetings.filter((candidate) => candidate.source.sourceId === data.sources[0]?.id && reports(candidate)).length;
    expect(out.match(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/gu)?.length).toBe(3 + 3 * citing);
  });

  it('shows a document, a series and the words of a mention full of markup as text', () => {
    const data = datasets();
    const [document] = data.documents;
    const [series] = data.series;
    if (document === undefined || series === undefined) throw new Error('no document or series');
    document.name = HOSTILE;
    series.name = HOSTILE;
    const meeting = data.meetings.find((candidate) => candidate.mentions?.some((mention) => mention.kind === 'document' && mention.documentId === document.id));
    const mention = meeting?.mentions?.find((candidate) => candidate.kind === 'document' && candidate.documentId === document.id);
    if (meeting === undefined || mention === undefined) throw new Error('no mention of the document');
    // The words stand in the text, as the build requires: both hostile.
    meeting.remarks = (meeting.remarks ?? []).map((remark, index) => (mention.pointer === `/remarks/${index}/text` ? { ...remark, text: `He said ${HOSTILE}.` } : remark));
    mention.asPrinted = HOSTILE;
    const out = `${linkedSection(data, new QuoteLinks([])).text}${meetingsSection(data, new QuoteLinks([])).text}`;
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('<a class="mention" href="#document-');
  });

  it('embeds JSON-LD whose strings hold `</script>` without ending the element', () => {
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org/', name: HOSTILE });
    const out = page({ title: 'T', jsonLd, sections: [] });
    const start = out.indexOf('<script type="application/ld+json">');
    const end = out.indexOf('</script>', start);
    expect(JSON.parse(out.slice(start + '<script type="application/ld+json">'.length, end))).toEqual(JSON.parse(jsonLd));
  });
});

describe('the source text as markup', () => {
  const span = (id: string, start: number, end: number) => ({ id, className: 'q' as const, start, end, back: `../index.html#${id}`, backLabel: 'the record' });

  it('escapes the text, numbers its lines and nests the spans', () => {
    const out = renderText('a <b>\nc & d', [span('outer', 0, 11), span('inner', 8, 9)]).text;
    expect(out).toBe(
      '<span class="ln" id="L1" data-line="1"></span><span class="q" id="outer">a &lt;b&gt;\n<span class="ln" id="L2" data-line="2"></span>c <span class="q" id="inner">&amp;</span><a class="back" href="../index.html#inner" aria-label="Back to the record"></a> d</span><a class="back" href="../index.html#outer" aria-label="Back to the record"></a>',
    );
  });

  it('splits a span that crosses another, keeping its id on the first part', () => {
    const out = renderText('abcdef', [span('first', 0, 4), span('second', 2, 6)]).text.replaceAll(/<a class="back"[^>]*><\/a>/gu, '');
    expect(out).toBe('<span class="ln" id="L1" data-line="1"></span><span class="q" id="first">ab<span class="q" id="second">cd</span></span><span class="q continued">ef</span>');
  });

  it('counts offsets in code points', () => {
    expect(renderText('𝑎b', [span('b', 1, 2)]).text).toContain('𝑎<span class="q" id="b">b</span>');
  });
});

describe('page formats', () => {
  it.each([
    ['2020-01-09', '2020-01-09', '9 January 2020'],
    ['2020-01-10', '2020-01-11', '10–11 January 2020'],
    ['2020-01-30', '2020-02-02', '30 January – 2 February 2020'],
    ['2019-12-31', '2020-01-01', '31 December 2019 – 1 January 2020'],
  ])('writes the dates %s to %s as %s', (start, end, text) => {
    expect(dateRange(start, end)).toBe(text);
  });

  it.each([
    [1, '1 byte'],
    [999, '999 bytes'],
    [12_345, '12.3 kB'],
    [1_250_000, '1.3 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });
});
