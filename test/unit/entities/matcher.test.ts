import { describe, expect, it } from 'vitest';
import {
  createCompanyList,
  defaultCompanyList,
  findCompanies,
  ownershipChain,
} from '../../../lib/entities/index.ts';
import type { PackedCompanyList } from '../../../lib/entities/pack.ts';
import type { Lang } from '../../../lib/extract/types.ts';

const find = (text: string, lang: Lang = 'en') => findCompanies(text, { lang });

describe('findCompanies', () => {
  it('gives spans that slice back to the text', () => {
    const text = "Comme le souligne Reuters, Meta face à des rivaux tels qu'OpenAI et Google.";
    const found = find(text, 'fr');
    expect(found.map((m) => m.name)).toEqual(['Reuters', 'Meta', 'OpenAI', 'Google']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ["révélation qu'OpenAI, SoftBank et Oracle", ['OpenAI', 'SoftBank', 'Oracle']],
    ["les dépenses d'Amazon et d'Apple", ['Amazon', 'Apple']],
    ["L'Oréal a publié ses ventes", ["L'Oréal"]],
    ["le chiffre d'affaires de l'Oréal", ["L'Oréal"]],
    ["jusqu'à Nvidia", ['Nvidia']],
  ])('reads French elision: %s', (text, want) => {
    expect(find(text, 'fr').map((m) => m.name)).toEqual(want);
  });

  it('keeps the elided article out of the span', () => {
    const [m] = find("la révélation qu'OpenAI prépare", 'fr');
    expect(m?.text).toBe('OpenAI');
  });

  it.each([
    ["Nvidia's revenue", 'Nvidia'],
    ['Nvidia’s revenue', 'Nvidia'],
    ["Apple's iPhone", 'Apple'],
    ["Moody's cut the rating", "Moody's"],
    ["McDonald's sales", "McDonald's"],
  ])('reads possessives: %s', (text, want) => {
    expect(find(text).map((m) => m.name)).toEqual([want]);
  });

  it.each([
    ['Die Nvidia-Chips sind teuer.', 'Nvidia', 'Nvidia'],
    ['Meta-Chef Mark Zuckerberg spricht.', 'Meta', 'Meta'],
    ['Nvidias Umsatz stieg.', 'Nvidia', 'Nvidias'],
    ['Apples Chef Tim Cook', 'Apple', 'Apples'],
  ])('reads German compounds and genitives: %s', (text, want, span) => {
    const found = find(text, 'de');
    expect(found.map((m) => [m.name, m.text])).toEqual([[want, span]]);
  });

  it('reads an OpenAI-backed compound in English', () => {
    expect(find('an OpenAI-backed start-up').map((m) => m.name)).toEqual(['OpenAI']);
  });

  it.each([
    ['Apple shares rose.', ['Apple']],
    ['Apple pie sales rose.', []],
    ['Orange, which sells broadband, grew 2%.', ['Orange']],
    ['Orange juice prices rose 10%.', []],
    ['Shell’s profit fell 16%.', ['Shell']],
    ['“Apple said no,” he recalled.', ['Apple']],
  ])('needs company context for an ordinary word at the start of a sentence: %s', (text, want) => {
    expect(find(text).map((m) => m.name)).toEqual(want);
  });

  it('settles an ordinary word by another plain mention of the company in the text', () => {
    const text = 'Shares of Shell fell 2%. Shell also cut its buyback.';
    const found = find(text);
    expect(found.map((m) => m.name)).toEqual(['Shell', 'Shell']);
    expect(found[1]?.rule).toContain('discourse');
  });

  it('settles an ordinary word listed with other companies', () => {
    const found = find('Zoom, Microsoft and Google all gained.');
    expect(found.map((m) => m.name)).toEqual(['Zoom', 'Microsoft', 'Google']);
    expect(found[0]?.rule).toContain('coordination');
  });

  it('resolves aliases, former names and legal forms to the canonical company', () => {
    const found = find(
      'Facebook, now Meta Platforms, Inc., and Alphabet Inc. and NVIDIA Corporation.',
    );
    expect(found.map((m) => [m.text, m.name, m.via])).toEqual([
      ['Facebook', 'Meta', 'alias'],
      ['Meta Platforms, Inc.', 'Meta', 'alias'],
      ['Alphabet Inc.', 'Alphabet', 'alias'],
      ['NVIDIA Corporation', 'Nvidia', 'alias'],
    ]);
  });

  it('accepts spellings without accents or with other capitals', () => {
    expect(find('Telefonica and Softbank and NVIDIA').map((m) => m.name)).toEqual([
      'Telefónica',
      'SoftBank',
      'Nvidia',
    ]);
    expect(find('Hermes delivered the parcel', 'de').map((m) => m.name)).toEqual([]);
  });

  it('does not match a company name in lower case', () => {
    expect(find('we google it, eat an apple and meta tags')).toEqual([]);
  });

  it('picks the company of the text’s country when two share a name', () => {
    expect(find('Merck steigerte den Umsatz.', 'de')[0]?.id).toBe('merck-kgaa');
    expect(find('Merck raised its forecast.', 'en')[0]?.id).toBe('merck-us');
  });
});

describe('tickers', () => {
  it.each([
    ['Nvidia (NASDAQ: NVDA) rose.', ['Nvidia', 'Nvidia'], 'ticker:exchange'],
    ['Shares of NYSE: ORCL jumped.', ['Oracle'], 'ticker:exchange'],
    ['Traders bought $TSLA today.', ['Tesla'], 'ticker:cashtag'],
    ['Microsoft (MSFT) gained.', ['Microsoft', 'Microsoft'], 'ticker:parens'],
    ['LVMH (EPA: MC) a reculé.', ['LVMH', 'LVMH'], 'ticker:exchange'],
    [
      'Berkshire class B (NYSE: BRK.B) rose.',
      ['Berkshire Hathaway', 'Berkshire Hathaway'],
      'ticker:exchange',
    ],
  ])('finds tickers in strong contexts: %s', (text, want, rule) => {
    const found = find(text);
    expect(found.map((m) => m.name)).toEqual(want);
    expect(found.some((m) => m.via === 'ticker' && m.rule === rule)).toBe(true);
  });

  it.each([
    'AI will change everything, says the CEO of MU.',
    'The T in AT is silent, and NVDA is an abbreviation here.',
    'Prices rose (MU) and fell (ON).',
    'export $PATH/bin and $HOME',
    'The protocol (TLS) encrypts traffic.',
  ])('ignores bare tickers and acronyms: %s', (text) => {
    expect(find(text).filter((m) => m.via === 'ticker')).toEqual([]);
  });
});

describe('products and projects', () => {
  it('leaves products out of the companies unless asked for', () => {
    const text = 'ChatGPT, Llama, Ray-Ban et Stargate ne sont pas des entreprises.';
    expect(find(text, 'fr')).toEqual([]);
    const products = findCompanies(text, { lang: 'fr', products: true });
    expect(products.map((m) => [m.name, m.via, m.owners?.map((o) => o.name)])).toEqual([
      ['ChatGPT', 'product', ['OpenAI']],
      ['Llama', 'product', ['Meta']],
      ['Ray-Ban', 'product', ['EssilorLuxottica']],
      ['Stargate', 'product', ['OpenAI', 'SoftBank', 'Oracle']],
    ]);
  });

  it('finds the owner inside a product named after it', () => {
    const found = findCompanies('Meta AI has 1 billion users.', { lang: 'en', products: true });
    expect(found.map((m) => [m.text, m.name, m.via])).toEqual([
      ['Meta AI', 'Meta AI', 'product'],
      ['Meta', 'Meta', 'name'],
    ]);
  });
});

describe('company list', () => {
  const list = defaultCompanyList();

  it('holds the curated core and the listings', () => {
    const all = list.all();
    expect(all.filter((c) => c.curated).length).toBeGreaterThanOrEqual(300);
    expect(all.length).toBeGreaterThan(4000);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('knows owners: Instagram → Meta, YouTube → Google → Alphabet, AWS → Amazon', () => {
    const chain = (id: string) => ownershipChain(list, id).map((c) => c.name);
    expect(chain('instagram')).toEqual(['Instagram', 'Meta']);
    expect(chain('youtube')).toEqual(['YouTube', 'Google', 'Alphabet']);
    expect(chain('aws')).toEqual(['AWS', 'Amazon']);
    for (const c of list.all()) if (c.parent) expect(list.byId(c.parent)).toBeDefined();
  });

  it('matches with a list passed in, and the same text costs the same with more names', () => {
    const packed: PackedCompanyList = {
      companies: ['Acme|ACME||US|industrials|||c', 'Globex|GBX|Globex Corporation|US'],
      products: ['Rocket Skates|acme'],
      hints: [],
      people: ['Wile Coyote'],
      places: [],
      firstNames: [],
    };
    const small = createCompanyList(packed);
    const text = 'Acme sold Rocket Skates to Wile Coyote; Globex Corporation (NYSE: GBX) did not.';
    expect(findCompanies(text, { list: small, products: true }).map((m) => m.name)).toEqual([
      'Acme',
      'Rocket Skates',
      'Globex',
      'Globex',
    ]);
  });
});
