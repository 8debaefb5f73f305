import { describe, expect, it } from 'vitest';
import { isoDate, pageMeta } from '@/lib/dom/meta';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="fr-FR"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('pageMeta: publication date', () => {
  it('reads article:published_time first, keeping the page’s own date', () => {
    const doc = page(
      `<meta property="article:published_time" content="2025-01-25T10:30:00+01:00">${ld('{"@type":"NewsArticle","datePublished":"2024-12-01"}')}`,
    );
    expect(pageMeta(doc).publishedAt).toBe('2025-01-25');
  });

  it.each([
    ['a NewsArticle', '{"@type":"NewsArticle","datePublished":"2025-02-13T07:00:00Z"}'],
    [
      'an @graph array',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","datePublished":"2025-02-13"}]}',
    ],
    [
      'a top-level array',
      '[{"@type":"Organization"},{"@type":"Article","datePublished":"2025-02-13"}]',
    ],
    [
      'a list of types',
      '{"@type":["NewsArticle","Article"],"datePublished":"2025-02-13T23:30:00-05:00"}',
    ],
  ])('reads JSON-LD datePublished from %s', (_, json) => {
    expect(pageMeta(page(ld(json))).publishedAt).toBe('2025-02-13');
  });

  it('skips broken JSON-LD and uses the next source', () => {
    const doc = page(
      `${ld('{"@type":"NewsArticle","datePublished":"2025-03-01",}')}${ld('{"@type":"Article","datePublished":"2025-03-02"}')}`,
    );
    expect(pageMeta(doc).publishedAt).toBe('2025-03-02');
  });

  it('falls back to <time datetime> inside the article, not one in the sidebar', () => {
    const doc = page(
      '',
      '<aside><time datetime="2020-01-01">old</time></aside><article><h1>T</h1><time datetime="2025-04-30T08:00">30 avril</time></article>',
    );
    expect(pageMeta(doc).publishedAt).toBe('2025-04-30');
  });

  it('prefers the time marked datePublished over other times in the article', () => {
    const doc = page(
      '',
      '<article><time datetime="2025-05-02">mis à jour</time><time itemprop="datePublished" datetime="2025-05-01">publié</time></article>',
    );
    expect(pageMeta(doc).publishedAt).toBe('2025-05-01');
  });

  it('ignores invalid dates and returns null when nothing dates the page', () => {
    const doc = page(
      '<meta property="article:published_time" content="2025-02-30">',
      '<article><time datetime="soon">bientôt</time></article>',
    );
    expect(pageMeta(doc).publishedAt).toBeNull();
    expect(pageMeta(page('', '<p>Rien</p>')).publishedAt).toBeNull();
  });
});

describe('pageMeta: title, canonical URL, site, language', () => {
  it('reads them from Open Graph, the canonical link and <html lang>', () => {
    const doc = page(
      '<title>Titre - Site</title><meta property="og:title" content="Titre"><meta property="og:site_name" content="Purebreak"><link rel="canonical" href="https://www.example.com/a/b">',
    );
    expect(pageMeta(doc)).toEqual({
      publishedAt: null,
      title: 'Titre',
      canonicalUrl: 'https://www.example.com/a/b',
      siteName: 'Purebreak',
      lang: 'fr',
    });
  });

  it('falls back to JSON-LD headline and publisher, then <title>', () => {
    const doc = page(
      `<title>Doc title</title>${ld('{"@type":"NewsArticle","headline":"Headline","publisher":{"@type":"Organization","name":"El Diario"}}')}`,
    );
    expect(pageMeta(doc).title).toBe('Headline');
    expect(pageMeta(doc).siteName).toBe('El Diario');
    expect(pageMeta(page('<title>Only title</title>')).title).toBe('Only title');
  });

  it('reads the language from og:locale when <html> has none', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><meta property="og:locale" content="de_DE"></head><body></body></html>',
      'text/html',
    );
    expect(pageMeta(doc).lang).toBe('de');
  });
});

describe('isoDate', () => {
  it.each([
    ['2025-01-25T10:30:00+01:00', '2025-01-25'],
    ['2025-01-25', '2025-01-25'],
    ['20250125', '2025-01-25'],
    ['Sat, 25 Jan 2025 10:30:00 GMT', '2025-01-25'],
    ['2025-13-01', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});
