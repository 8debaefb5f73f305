/**
 * A generated news page for `npm run bench -- page`: a long French front page (an archive of
 * tech and business stories, some of them in English) of about 1 MB of HTML, with what real
 * news pages have around the prose: navigation, kickers, bylines, share buttons with SVG
 * icons, lists, tables, quotes, captions, a sidebar, JSON-LD, a hidden block and a footer.
 * Figures are written as sites write them: no-break spaces, decimal commas, and figures split
 * by inline elements (`près de <em>80 milliards</em> d’euros`, `<a>$34.9</a> billion`).
 * Deterministic: the same seed gives the same page, byte for byte.
 */

/** A small seeded generator (LCG), so every run measures the same page. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COMPANIES = [
  'Meta',
  'Microsoft',
  'Amazon',
  'Alphabet',
  'Google',
  'Nvidia',
  'Apple',
  'OpenAI',
  'Mistral AI',
  'TotalEnergies',
  'LVMH',
  'Airbus',
  'Orange',
  'Capgemini',
  'SAP',
  'Siemens',
  'Oracle',
  'SoftBank',
  'Intel',
  'AMD',
  'Tesla',
  'Netflix',
  'Samsung',
  'TSMC',
  'EDF',
];

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'septembre', 'octobre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'September'];

// Sentence templates written for this benchmark. [C] a company (sometimes a link), [n] a
// small integer, [d] a decimal, [y] a year, [m] a month, [D] a day, [lo]–[hi] a range; markup
// is kept as a site writes it.
const FR = [
  '[C] prévoit d’investir <strong>[n]&nbsp;milliards d’euros</strong> d’ici à [y] dans ses centres de données.',
  'Le groupe a vu son chiffre d’affaires progresser de [d]&nbsp;% au troisième trimestre, à [d]&nbsp;milliards d’euros.',
  'Selon son directeur financier, la marge opérationnelle a reculé de [d]&nbsp;point, une première depuis [y].',
  'L’entreprise compte consacrer près de <em>[n] milliards</em> de dollars à l’intelligence artificielle cette année.',
  'La société emploie environ [n]&nbsp;000 salariés en France et prévoit d’ouvrir [n] nouveaux sites d’ici [y].',
  'Le titre a cédé [d]&nbsp;% à la Bourse de Paris le [D]&nbsp;[m], après la publication des résultats.',
  'Le futur campus consommera plus de [n]&nbsp;gigawatts, soit le double de la capacité actuelle du site.',
  'Les analystes interrogés par l’agence s’attendaient à un bénéfice net de [d]&nbsp;Md€ sur l’exercice.',
  'Le ministre de l’Économie a salué une décision « historique » pour l’emploi dans la région.',
  'En [y], [C] avait déjà investi [n]&nbsp;millions d’euros dans son usine de Lyon, rappelle <a href="/sujet/industrie">notre enquête</a>.',
  'L’application revendique désormais plus de [n]&nbsp;millions d’utilisateurs actifs chaque mois.',
  'Les dépenses d’investissement atteindraient entre [lo] et [hi]&nbsp;milliards de dollars, contre [d]&nbsp;milliards un an plus tôt.',
  'Cette annonce intervient alors que les concurrents américains multiplient les acquisitions en Europe.',
  'Le contrat porte sur la livraison de [n]&nbsp;000 processeurs graphiques d’ici à la fin de [y].',
  'La dette nette a été ramenée à [d]&nbsp;milliards d’euros, contre [d]&nbsp;milliards fin [y].',
];

const EN = [
  '[C] expects to spend about $[n] billion on capital projects this year, up from $[d] billion in [y].',
  'Its shares fell [d]% in early trading on [m] [D], the biggest one-day drop since [y].',
  'The chief executive told analysts that demand for its cloud services remained strong.',
  'The company said it would cut [n],000 jobs, roughly [n]% of its workforce, over the next two years.',
  'Revenue rose to <a href="/markets/earnings">$[d]</a> billion in the quarter, beating estimates of $[d] billion.',
  'The new data center will draw up to <strong>[n] GW</strong> of power when it opens in [y].',
  'Regulators in Brussels are expected to rule on the deal before the end of the year.',
  'The app now has more than [n] million monthly active users, the company said in a statement.',
  'Analysts said the guidance of $[lo]-[hi] billion was conservative given the backlog of <em>[n] billion</em> dollars.',
  '[C] has ordered [n],000 GPUs for its new cluster, according to people familiar with the matter.',
  'Operating margin widened by [d] percentage points to [n]%, the highest level since [y].',
];

const KICKERS_FR = ['Tech', 'Économie', 'Énergie', 'Marchés', 'Entreprises', 'Industrie'];
const KICKERS_EN = ['Markets', 'Technology', 'Earnings', 'Deals'];
const HEADLINES_FR = [
  '[C] relève encore ses investissements dans l’IA',
  'Résultats : [C] dépasse les attentes, le titre bondit de [d]&nbsp;%',
  'Centres de données : la facture électrique s’envole',
  '[C] annonce [n]&nbsp;milliards d’euros pour ses usines françaises',
  'Pourquoi les géants de la tech se ruent sur le nucléaire',
];
const HEADLINES_EN = [
  '[C] raises its capex forecast to $[n] billion',
  '[C] shares slide [d]% after weak guidance',
  'Inside the race to build gigawatt data centers',
];
const AUTHORS = ['Claire Vasseur', 'Julien Morel', 'Inès Benali', 'Thomas Keller', 'Sarah Lin'];

// A share bar like those above every story: buttons with SVG icons (skipped by Tally).
const SHARE_BAR =
  '<div class="share" role="group" aria-label="Partager">' +
  ['Facebook', 'X', 'LinkedIn', 'E-mail']
    .map(
      (s) =>
        `<button type="button" aria-label="Partager sur ${s}"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 2h12v12H2z"/></svg></button>`,
    )
    .join('') +
  '</div>';

/** The page: about `targetBytes` of HTML (UTF-8), French with English stories. */
export function newsPage(targetBytes = 1_000_000, seed = 2025): string {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)] as T;
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  function fill(template: string, en: boolean, links = true): string {
    let lo = 0;
    return template.replace(/\[(C|n|d|y|m|D|lo|hi)\]/g, (_, token: string) => {
      switch (token) {
        case 'C': {
          const c = pick(COMPANIES);
          return links && r() < 0.3 ? `<a href="/sujet/${slug(c)}">${c}</a>` : c;
        }
        case 'n':
          return String(int(2, 99));
        case 'd':
          return `${int(1, 99)}${en ? '.' : ','}${int(1, 9)}`;
        case 'y':
          return String(int(2018, 2026));
        case 'm':
          return en ? pick(MONTHS_EN) : pick(MONTHS_FR);
        case 'D':
          return String(int(1, 28));
        case 'lo':
          lo = int(2, 60);
          return String(lo);
        default:
          return String(lo + int(1, 30));
      }
    });
  }

  const paragraph = (en: boolean) => {
    const count = int(3, 6);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(fill(pick(en ? EN : FR), en));
    return `<p>${out.join(' ')}</p>`;
  };

  function story(i: number): string {
    const en = r() < 0.25;
    const parts: string[] = [];
    parts.push(`<article class="story" id="s${i}"${en ? ' lang="en"' : ''}>`);
    parts.push(`<p class="kicker">${pick(en ? KICKERS_EN : KICKERS_FR)}</p>`);
    parts.push(
      `<h2><a href="/article/${i}.html">${fill(pick(en ? HEADLINES_EN : HEADLINES_FR), en, false)}</a></h2>`,
    );
    const day = int(1, 28);
    parts.push(
      `<p class="byline">${en ? 'By' : 'Par'} <strong>${pick(AUTHORS)}</strong> · <time datetime="2025-02-${String(day).padStart(2, '0')}T08:00:00+01:00">${day} ${en ? 'February' : 'février'} 2025</time></p>`,
    );
    parts.push(SHARE_BAR);
    const paragraphs = int(3, 7);
    for (let p = 0; p < paragraphs; p++) {
      parts.push(paragraph(en));
      const extra = r();
      if (extra < 0.12) {
        const items = int(3, 5);
        const li: string[] = [];
        for (let k = 0; k < items; k++) li.push(`<li>${fill(pick(en ? EN : FR), en)}</li>`);
        parts.push(`<ul class="points">${li.join('')}</ul>`);
      } else if (extra < 0.18) {
        parts.push(`<blockquote><p>« ${fill(pick(FR), false)} »</p></blockquote>`);
      } else if (extra < 0.22) {
        parts.push(
          `<figure><div class="img" role="img" aria-label="Illustration"></div><figcaption>${fill(pick(en ? EN : FR), en)} (photo Le Relevé)</figcaption></figure>`,
        );
      }
    }
    if (r() < 0.2) parts.push(table(en));
    parts.push(
      `<aside class="related"><p class="related-title">${en ? 'Read more' : 'À lire aussi'}</p><ul>${[
        0, 1, 2,
      ]
        .map(
          () =>
            `<li><a href="/article/${int(1000, 9999)}.html">${fill(pick(en ? HEADLINES_EN : HEADLINES_FR), en, false)}</a></li>`,
        )
        .join('')}</ul></aside>`,
    );
    parts.push('</article>');
    return parts.join('\n');
  }

  function table(en: boolean): string {
    const rows: string[] = [];
    const money = (lo: number, hi: number) =>
      en ? `$${int(lo, hi)}.${int(0, 9)}bn` : `${int(lo, hi)},${int(0, 9)}&nbsp;Md€`;
    for (let k = 0; k < int(4, 6); k++) {
      rows.push(
        `<tr><th scope="row">${pick(COMPANIES)}</th><td class="num">${money(5, 90)}</td><td class="num">${money(5, 120)}</td><td class="num">${int(1, 30)}${en ? '%' : '&nbsp;%'}</td></tr>`,
      );
    }
    const head = en
      ? '<tr><th scope="col">Company</th><th scope="col">Capex 2024</th><th scope="col">Capex 2025</th><th scope="col">Change</th></tr>'
      : '<tr><th scope="col">Entreprise</th><th scope="col">Capex 2024</th><th scope="col">Capex 2025</th><th scope="col">Variation</th></tr>';
    return `<table><caption>${en ? 'Capital spending' : 'Les investissements'}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  }

  const head = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Tech et économie : toute l’actualité – Le Relevé</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Le Relevé">
<meta property="article:published_time" content="2025-02-28T07:30:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Tech et économie","inLanguage":"fr-FR"}</script>
<style>
body { margin: 0; font: 17px/1.6 Georgia, "DejaVu Serif", serif; color: #1a1a1a; background: #fbf9f5; }
header, footer { background: #111; color: #ddd; font: 14px/1.4 "Liberation Sans", Arial, sans-serif; padding: 12px 24px; }
nav ul { display: flex; flex-wrap: wrap; gap: 16px; list-style: none; margin: 0; padding: 0; }
nav a, footer a { color: #ddd; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 40px; max-width: 1180px; margin: 0 auto; padding: 24px; }
.story { border-bottom: 1px solid #e2ddd5; padding-bottom: 18px; margin-bottom: 24px; }
.kicker { color: #b3261e; font: 700 13px/1 "Liberation Sans", Arial, sans-serif; text-transform: uppercase; margin: 0; }
.byline, .related, figcaption { font: 14px/1.4 "Liberation Sans", Arial, sans-serif; color: #5f6368; }
.share { display: flex; gap: 8px; } .share button { border: 1px solid #ccc; background: #fff; width: 32px; height: 32px; }
.share svg { width: 14px; height: 14px; }
.img { height: 160px; background: linear-gradient(#324a6d, #1b2a41); }
table { border-collapse: collapse; width: 100%; font: 15px/1.4 "Liberation Sans", Arial, sans-serif; }
th, td { padding: 6px 10px; border-bottom: 1px solid #e2ddd5; text-align: left; } td.num { text-align: right; }
blockquote { border-left: 4px solid #b3261e; margin: 16px 0; padding: 0 16px; font-style: italic; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.promo { display: none; }
</style>
</head>
<body>
<header><p><strong>Le Relevé</strong> · L’économie, preuves à l’appui</p>
<nav aria-label="Rubriques"><ul>${['À la une', 'Économie', 'Tech', 'Énergie', 'Marchés', 'International', 'Opinions', 'Podcasts'].map((s) => `<li><a href="/${slug(s)}">${s}</a></li>`).join('')}</ul></nav></header>
<main>
<div class="feed">
<h1>Tech et économie : toute l’actualité</h1>
<div class="promo">Abonnez-vous pour 1&nbsp;€ le premier mois, puis 9,99&nbsp;€ par mois.</div>
`;
  const sidebar = `</div>
<aside class="sidebar"><section><h2>Les plus lus</h2><ol>${[0, 1, 2, 3, 4]
    .map(
      () =>
        `<li><a href="/article/${int(1000, 9999)}.html">${fill(pick(HEADLINES_FR), false, false)}</a></li>`,
    )
    .join(
      '',
    )}</ol></section><section><h2>Le chiffre du jour</h2><p><strong>${int(2, 99)}&nbsp;%</strong> ${fill(pick(FR), false)}</p></section>
<noscript>Activez JavaScript pour lire les 24 commentaires.</noscript></aside>
</main>
<footer><p>© 2025 Le Relevé · <a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a></p></footer>
</body>
</html>
`;
  const encoder = new TextEncoder();
  const stories: string[] = [];
  let size = encoder.encode(head + sidebar).length;
  for (let i = 1; size < targetBytes; i++) {
    const s = story(i);
    stories.push(s);
    size += encoder.encode(s).length + 1;
  }
  return `${head}${stories.join('\n')}\n${sidebar}`;
}
