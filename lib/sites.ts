/** News sites where Tally runs from install; any other site is enabled by the reader from the popup. */
export const NEWS_SITES: readonly string[] = [
  // French
  'purebreak.com',
  'lemonde.fr',
  'lefigaro.fr',
  'liberation.fr',
  'lesechos.fr',
  'latribune.fr',
  'bfmtv.com',
  'francetvinfo.fr',
  '01net.com',
  'numerama.com',
  'frandroid.com',
  'lesnumeriques.com',
  'journaldunet.com',
  'usine-digitale.fr',
  'challenges.fr',
  'lepoint.fr',
  'capital.fr',
  // English
  'reuters.com',
  'bloomberg.com',
  'ft.com',
  'wsj.com',
  'cnbc.com',
  'theverge.com',
  'techcrunch.com',
  'arstechnica.com',
  'theguardian.com',
  'bbc.com',
  'bbc.co.uk',
  'nytimes.com',
  'businessinsider.com',
  'theinformation.com',
  'wired.com',
  'engadget.com',
  'forbes.com',
  'fortune.com',
  'axios.com',
  // Spanish
  '3djuegos.com',
  'elpais.com',
  'elmundo.es',
  'expansion.com',
  'cincodias.elpais.com',
  'xataka.com',
  'eleconomista.es',
  'abc.es',
  'lavanguardia.com',
  'genbeta.com',
  // German
  'heise.de',
  'golem.de',
  'spiegel.de',
  'handelsblatt.com',
  'faz.net',
  'sueddeutsche.de',
  'zeit.de',
  't3n.de',
  'computerbase.de',
  'wiwo.de',
  'manager-magazin.de',
  'tagesschau.de',
];

/** Match patterns for a list of domains (the domain itself and its subdomains, http and https). */
export function matchPatterns(domains: readonly string[]): string[] {
  return domains.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);
}

/** Local hosts the demo and the real-browser tests serve pages from; only test builds match them. */
export const LOCAL_TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
