/**
 * The language knowledge the matcher uses around a name: which words show that a capitalised
 * ordinary word is a company ("Orange a annoncé", "der Versicherer Allianz"), what a sentence
 * start, an elided article or a legal form looks like, and where tickers are written.
 */
import type { Token } from './tokens.ts';
import type { Lang } from './types.ts';

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Words right after a name that show a company: verbs of business news, "shares", "CEO". */
export const NEXT_CUES: Record<Lang, ReadonlySet<string>> = {
  en: words(`said says reported reports announced announces plans planned will would posted raised
    raises cut cuts expects expected launched launches unveiled unveils agreed agrees bought buys
    sold sells invested invests spent spends rose fell gained dropped jumped slumped climbed
    shares stock ceo chief executives revenue revenues sales profit profits earnings shareholders
    investors employees staff board spokesperson spokesman spokeswoman told confirmed denied
    hired acquired acquires beat missed forecast forecasts valued reached reaches paid pays
    laid plunged soared surged tumbled slid lost earned generated booked delivered shipped
    inc corp plc`),
  fr: words(`annonce annoncé prévoit prévoyait va compte investit investira investi dépense
    dépensera dépensé lance lancé rachète racheté publie publié affiche affiché vise réalise
    réalisé enregistre enregistré dévoile dévoilé confirme confirmé emploie supprime supprimera
    embauche recrute cède acquiert table mise revendique détient possède chute grimpe recule
    progresse bondit perd gagne perdu gagné pèse vaut valait lève levé dit indique indiqué
    précise précisé explique estime souhaite veut devrait doit génère dégage accuse subit
    double triple a avait aura`),
  es: words(`anunció anuncia anunciado prevé invertirá invierte invertido lanzó lanza lanzado
    presentó presenta compró compra vendió vende registró registra ganó gana obtuvo facturó
    factura cerró cayó subió sube cae elevó eleva dijo afirmó aseguró informó comunicó espera
    planea destinará emplea despedirá recortará adquirió adquiere alcanzó alcanza reportó logró
    perdió pierde vale valora cotiza ha había habrá disparó dispara duplicó redujo reduce recortó
    aumentó aumenta creció crece firmó firma adjudicó superó supera incrementó mejoró triplicó
    destina repartirá reparte pagará paga`),
  de: words(`will plant investiert investierte meldet meldete kündigte kündigt teilte
    teilt steigerte steigert erzielte erzielt verdiente verdient baut kauft kaufte übernimmt
    übernahm verkauft verkaufte streicht strich setzte setzt machte macht erwartet erwartete
    rechnet gab gibt legte legt fiel stieg sank wuchs beschäftigt startet bringt senkt senkte
    erhöht erhöhte zahlt zahlte sammelte sammelt aktie aktien chef konzern
    umsatz gewinn ag se verbuchte verbucht hob senkt verlor verliert gewann gewinnt beförderte
    zahlen schrieb schreibt kündigt`),
};

/** Words right before a name that show a company: "le groupe", "the chipmaker", "der Konzern". */
export const PREV_CUES: Record<Lang, ReadonlySet<string>> = {
  en: words(`company firm giant group maker rival rivals operator carrier retailer lender bank
    insurer startup chipmaker automaker carmaker supplier provider contractor conglomerate
    american french german chinese japanese korean british spanish dutch swiss italian swedish
    taiwanese indian european`),
  fr: words(`groupe opérateur société entreprise géant firme constructeur fabricant chez
    concurrent concurrents rival rivaux patron patronne pdg dirigeant directeur actionnaire
    actionnaires filiale action actions titre marque startup banque assureur distributeur
    éditeur équipementier fournisseur laboratoire énergéticien pétrolier champion américain
    français allemand chinois japonais coréen britannique espagnol néerlandais suisse italien
    suédois taïwanais indien européen américaine française allemande chinoise japonaise`),
  es: words(`empresa compañía grupo firma gigante operadora operador fabricante banco
    aseguradora filial rival rivales multinacional tecnológica energética eléctrica petrolera
    constructora textil estadounidense francesa francés alemana alemán china chino japonesa
    japonés surcoreana británica británico española español neerlandesa suiza italiana
    italiano sueca taiwanesa europea el del al`),
  de: words(`bei laut gruppe firma marke riese gigant rivale konkurrent konkurrenten tochter
    amerikanische amerikanischen französische französischen deutsche deutschen chinesische
    chinesischen japanische japanischen britische britischen spanische spanischen
    niederländische schweizer italienische italienischen schwedische us`),
};

// German compounds name the kind of company: "Sportartikelhersteller Puma", "Versicherer Allianz".
const DE_PREV_ENDINGS = [
  'konzern',
  'hersteller',
  'anbieter',
  'versicherer',
  'bauer',
  'riese',
  'dienstleister',
  'unternehmen',
  'zulieferer',
  'händler',
  'ausrüster',
  'produzent',
  'betreiber',
  'bank',
  'gruppe',
  'chef',
  'firma',
];

/** Second halves of compounds that show a company: "Nvidia-Chef", "Apple-backed". */
const COMPOUND_CUES = words(`chef aktie aktien konzern tochter gründer manager mitarbeiter umsatz
  gewinn deal owned backed made led funded designed branded ceo chefin`);

/** True when `word` (lower case), right before a name, shows a company in `lang`. */
export function isPrevCue(word: string, lang: Lang): boolean {
  if (PREV_CUES[lang].has(word)) return true;
  return lang === 'de' && DE_PREV_ENDINGS.some((e) => word.endsWith(e));
}

/** True when `word` (lower case), right after a name, shows a company in `lang`. */
export function isNextCue(word: string, lang: Lang, afterHyphen: boolean): boolean {
  return afterHyphen ? COMPOUND_CUES.has(word) : NEXT_CUES[lang].has(word);
}

/** Relative pronouns after "Name," that open an appositive about a company ("Arm, which…"). */
export const APPOSITIVE_OPENERS = words('which whose qui dont cuyo cuya cuyos cuyas dessen deren');

/** French elided words before an apostrophe: d'Amazon, qu'OpenAI, l'Oréal. */
export const ELISIONS = words('l d qu j n s c m t jusqu lorsqu puisqu quoiqu presqu');

/** Words joining the members of a list of companies ("OpenAI, SoftBank et Oracle"). */
export const LIST_JOINERS = words(', et and und y e & ou or oder o sowie ni nor');

/** Legal forms that may follow a name and belong to the mention ("Apple Inc.", "Orange SA"). */
export const LEGAL_FORMS = words(
  'inc corp corporation ltd limited plc llc lp sa ag se nv gmbh kgaa spa sas oyj asa ab bv',
);
/** What also counts as the company's full name for a listing name that is a common word. */
export const GROUP_FORMS = words('co company group groupe grupo gruppe holdings holding');

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '•', '|', '·']);
const OPENERS = new Set([
  '"',
  '«',
  '“',
  '„',
  '‹',
  "'",
  '‘',
  '(',
  '[',
  '¿',
  '¡',
  '—',
  '–',
  '-',
  '*',
]);

/** True when the token starts a sentence, a heading or a list item. */
export function isSentenceStart(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  let current = tokens[at];
  while (j >= 0) {
    if (current?.breakBefore) return true;
    const t = tokens[j] as Token;
    if (t.word) return false;
    if (SENTENCE_END.has(t.text)) return !isAbbreviationDot(tokens, j);
    if (!OPENERS.has(t.text)) return false;
    current = t;
    j--;
  }
  return true;
}

// "U.S. Steel", "Dr. Martin": a dot right after a short capitalised word is not a full stop.
function isAbbreviationDot(tokens: readonly Token[], dot: number): boolean {
  if ((tokens[dot] as Token).text !== '.') return false;
  const before = tokens[dot - 1];
  return (
    !!before &&
    before.word &&
    !(tokens[dot] as Token).spaceBefore &&
    /^\p{Lu}\p{Ll}?$/u.test(before.text)
  );
}

/** Exchange codes written before a ticker ("NASDAQ: NVDA") and the Yahoo suffix they imply. */
export const EXCHANGES: ReadonlyMap<string, string> = new Map(
  `NASDAQ= NYSE= AMEX= NYSEARCA= OTC= OTCMKTS= XETRA=.DE ETR=.DE FRA=.DE EPA=.PA EURONEXT=.PA
  BME=.MC LSE=.L LON=.L TSE=.T TYO=.T HKEX=.HK HKG=.HK SEHK=.HK SIX=.SW SWX=.SW BIT=.MI TSX=.TO
  KRX=.KS KOSDAQ=.KQ TPE=.TW TWSE=.TW SSE=.SS SHA=.SS SHE=.SZ SZSE=.SZ AMS=.AS STO=.ST HEL=.HE
  CPH=.CO OSL=.OL NSE=.NS BSE=.BO`
    .split(/\s+/)
    .map((pair) => pair.split('=') as [string, string]),
);

/** Shell and template variables that look like cashtags ("$PATH", "$HOME"). */
export const NOT_CASHTAGS = words(
  'PATH HOME USER PWD SHELL TERM LANG HOSTNAME ARGS ENV TMP TEMP IFS UID',
);
