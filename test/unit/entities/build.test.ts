import { describe, expect, it } from 'vitest';
import {
  needsLegalForm,
  sectorFromGics,
  shortAliases,
} from '../../../lib/entities/build/companies.ts';
import {
  cleanListingName,
  isCompanyShare,
  normaliseName,
  parseCsv,
} from '../../../lib/entities/build/listings.ts';
import packed from '../../../lib/entities/data/companies.generated.json';
import {
  decodeCompany,
  decodeProduct,
  encodeCompany,
  type PackedCompanyList,
  slugify,
} from '../../../lib/entities/pack.ts';

describe('listing names', () => {
  it.each([
    ['Apple Inc. - Common Stock', 'Apple'],
    ['Alcoa Corporation Common Stock ', 'Alcoa'],
    ['Agilent Technologies, Inc. Common Stock', 'Agilent Technologies'],
    ['ASML Holding N.V. - New York Registry Shares', 'ASML Holding'],
    ['Alphabet Inc. (Class A)', 'Alphabet'],
    ['Coca-Cola Company (The)', 'Coca-Cola'],
    ['Deere & Company', 'Deere'],
    ['Arthur J. Gallagher & Co.', 'Arthur J. Gallagher'],
    [
      'Baidu, Inc. - American Depositary Shares, each representing eight Class A Ordinary Shares',
      'Baidu',
    ],
    ['1-800-FLOWERS.COM, Inc. - Class A Common Stock', '1-800-Flowers.COM'],
    ['QIAGEN N.V.', 'Qiagen'],
  ])('cleans %s', (raw, want) => {
    expect(cleanListingName(raw)).toBe(want);
  });

  it.each([
    ['Apple Inc. - Common Stock', 'Apple Inc.', true],
    ['Artius II Acquisition Inc. - Class A Ordinary Shares', 'Artius II Acquisition Inc.', false],
    ['Artius II Acquisition Inc. - Rights', 'Artius II Acquisition Inc.', false],
    ['Acme Corp. - Warrants', 'Acme Corp.', false],
    ['Acme Corp. - Units', 'Acme Corp.', false],
    ['Acme Corp. 6.875% Series F Cumulative Redeemable Preferred Stock', 'Acme Corp.', false],
    ['Acme Corp. 9.125% Senior Notes Due 2030', 'Acme Corp.', false],
    ['BlackRock Municipal Income Trust', 'BlackRock Municipal Income Trust', false],
    ['Energy Transfer LP Common Units', 'Energy Transfer LP', true],
  ])('keeps only companies’ shares: %s', (security, company, want) => {
    expect(isCompanyShare(security, company)).toBe(want);
  });

  it('gives one key to spellings of one company', () => {
    expect(normaliseName('Apple Inc.')).toBe(normaliseName('Apple'));
    expect(normaliseName('Telefónica, S.A.')).toBe(normaliseName('Telefonica'));
    expect(normaliseName('The Boeing Company')).toBe(normaliseName('Boeing'));
  });

  it('makes common words match only with their legal form', () => {
    expect(needsLegalForm('Target')).toBe(true);
    expect(needsLegalForm('Southern')).toBe(true);
    expect(needsLegalForm('AES')).toBe(true);
    expect(needsLegalForm('Zymeworks')).toBe(false);
    expect(needsLegalForm('First Solar')).toBe(false);
    expect(shortAliases('Credit Suisse Group')).toEqual(['Credit Suisse']);
    expect(shortAliases('Compass Group')).toEqual([]);
  });

  it('maps GICS sectors', () => {
    expect(sectorFromGics('Information Technology', 'Semiconductors')).toBe('semiconductors');
    expect(sectorFromGics('Financials', 'Diversified Banks')).toBe('bank');
    expect(sectorFromGics('Communication Services', 'Interactive Media & Services')).toBe(
      'internet',
    );
  });

  it('parses quoted CSV', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
  });
});

describe('packed list', () => {
  const list = packed as PackedCompanyList;

  it('round-trips a company record', () => {
    const record = {
      id: 'meta',
      name: 'Meta',
      aliases: ['Facebook'],
      tickers: ['META'],
      country: 'US',
      sector: 'internet',
      parent: null,
      curated: true,
      legalFormOnly: false,
    };
    expect(encodeCompany(record)).toBe('Meta|META|Facebook|US|internet|||c');
    expect(decodeCompany(encodeCompany(record))).toEqual(record);
    expect(slugify('Hermès International')).toBe('hermes-international');
  });

  it('joins a project listed under several owners into one product', () => {
    const stargate = list.products.map(decodeProduct).find((p) => p.name === 'Stargate');
    expect(stargate?.owners).toEqual(['openai', 'softbank', 'oracle']);
  });

  it('holds at least 300 curated companies and no listing ETFs or warrants', () => {
    const companies = list.companies.map(decodeCompany);
    expect(companies.filter((c) => c.curated).length).toBeGreaterThanOrEqual(300);
    expect(companies.some((c) => /\b(ETF|Warrants?|Acquisition Corp)\b/.test(c.name))).toBe(false);
  });
});
