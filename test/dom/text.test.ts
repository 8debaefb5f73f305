/** lib/dom/text.ts in happy-dom: visible text block by block, skip rules, offsets back to the DOM. */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextBlocks, joinBlocks, pageLang, pointAt, rangeAt } from '../../lib/dom/text.ts';

function blocks(html: string) {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body, window);
}
const texts = (html: string) => blocks(html).map((b) => b.text);

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('collectTextBlocks', () => {
  it('joins inline elements into one block and splits at block elements', () => {
    expect(
      texts(
        '<h1>Titre</h1><p>Il dépensera près de <em>80 milliards</em> d’euros, <a href="#">dit-il</a>.</p><ul><li>Un</li><li>Deux <strong>trois</strong></li></ul>',
      ),
    ).toEqual(['Titre', 'Il dépensera près de 80 milliards d’euros, dit-il.', 'Un', 'Deux trois']);
  });

  it('collapses whitespace as a browser does, and keeps no-break spaces', () => {
    expect(texts('<p>\n   62\u00a0milliards\n\n   d’euros   </p>')).toEqual([
      '62\u00a0milliards d’euros',
    ]);
  });

  it('splits a div around its block children and at <br>', () => {
    expect(texts('<div>avant<p>dedans</p>après</div><p>ligne un<br>ligne deux</p>')).toEqual([
      'avant',
      'dedans',
      'après',
      'ligne un',
      'ligne deux',
    ]);
  });

  it.each([
    ['script', '<script>var a = "5 €";</script>'],
    ['style', '<style>p::after { content: "5 €" }</style>'],
    ['noscript', '<noscript>12 articles</noscript>'],
    ['template', '<template><p>5 €</p></template>'],
    ['textarea', '<textarea>100 euros</textarea>'],
    ['input', '<input value="Lecteur 42">'],
    ['select', '<select><option>5 €</option></select>'],
    ['pre', '<pre>debug 62 ms</pre>'],
    ['code', '<p><code>x = 5</code></p>'],
    ['kbd', '<p><kbd>Ctrl 5</kbd></p>'],
    ['samp', '<p><samp>5 €</samp></p>'],
    ['svg', '<svg><text>5 €</text></svg>'],
    ['math', '<math><mn>5</mn></math>'],
    ['iframe', '<iframe srcdoc="5 €"></iframe>'],
    ['canvas', '<canvas>5 €</canvas>'],
    ['contenteditable', '<div contenteditable="true">70 milliards</div>'],
    ['contenteditable (empty value)', '<div contenteditable>70 milliards</div>'],
    ['role=textbox', '<div role="textbox">70 milliards</div>'],
    ['aria-hidden', '<div aria-hidden="true">70 milliards</div>'],
    ['hidden attribute', '<p hidden>70 milliards</p>'],
    ['inline display:none', '<p style="display:none">70 milliards</p>'],
    ['inline visibility:hidden', '<p style="visibility:hidden">70 milliards</p>'],
    ['Tally UI', '<div data-tally-ui><p>3 %</p></div>'],
  ])('skips %s', (_name, html) => {
    expect(texts(`<p>avant</p>${html}<p>après</p>`)).toEqual(['avant', 'après']);
  });

  it('keeps contenteditable="false" content', () => {
    expect(texts('<div contenteditable="false">5 €</div>')).toEqual(['5 €']);
  });

  it('skips elements hidden by a stylesheet rule (computed style)', () => {
    document.head.innerHTML = '<style>.off { display: none } .ghost { visibility: hidden }</style>';
    expect(
      texts(
        '<p>vu</p><aside class="off"><p>62 ms, 1,3 MB</p></aside><p class="ghost">fantôme</p><p>fin</p>',
      ),
    ).toEqual(['vu', 'fin']);
  });

  it('works without a window (no computed styles): tag and attribute rules still apply', () => {
    document.body.innerHTML = '<p>un</p><p hidden>deux</p><script>trois</script>';
    expect(collectTextBlocks(document.body, undefined).map((b) => b.text)).toEqual(['un']);
  });

  it('gives table cells their row and column headers', () => {
    const bs = blocks(
      '<table><thead><tr><th></th><th>2023</th><th>2024</th></tr></thead><tbody><tr><th>Capex</th><td>28 Md$</td><td>39 Md$</td></tr></tbody></table>',
    );
    const cell = bs.find((b) => b.text === '39 Md$');
    expect(cell).toMatchObject({ rowHeader: 'Capex', columnHeader: '2024' });
    expect(bs.find((b) => b.text === '28 Md$')).toMatchObject({
      rowHeader: 'Capex',
      columnHeader: '2023',
    });
  });
});

describe('offsets back to the DOM', () => {
  it('maps a figure that spans an <em> boundary to its Text nodes', () => {
    const [b] = blocks('<p>Il dépensera près de <em>80 milliards</em> d’euros.</p>');
    const block = b as NonNullable<typeof b>;
    const start = block.text.indexOf('près');
    const end = block.text.indexOf('.');
    const r = rangeAt(block, start, end);
    expect(r).not.toBeNull();
    const range = document.createRange();
    range.setStart(r?.start.node as Text, r?.start.offset as number);
    range.setEnd(r?.end.node as Text, r?.end.offset as number);
    expect(range.toString()).toBe('près de 80 milliards d’euros');
    expect(r?.start.node.data).toBe('Il dépensera près de ');
    expect(r?.end.node.data).toBe(' d’euros.');
  });

  it('maps every character of every block back to the same character in the DOM', () => {
    const bs = blocks(
      '<p>  Un\n  texte   <b>gras</b>\u00a0et <i> penché </i> !</p><div>deux<span> blocs</span></div>',
    );
    for (const b of bs) {
      for (let i = 0; i < b.text.length; i++) {
        const p = pointAt(b, i);
        const ch = p?.node.data[p.offset] as string;
        expect(b.text[i] === ' ' ? /\s/.test(ch) : ch === b.text[i], `${b.text}[${i}]`).toBe(true);
      }
    }
  });

  it('collapses tabs, newlines and runs across inline elements, and still maps back', () => {
    const bs = blocks(
      '<p>\t a\tb  c\n<em> d </em>\n\n e<span>\t</span>f <b>  </b> g\r\n</p><p>x<br>\n y</p>',
    );
    expect(bs.map((b) => b.text)).toEqual(['a b c d e f g', 'x', 'y']);
    for (const b of bs) {
      for (let i = 0; i < b.text.length; i++) {
        const p = pointAt(b, i);
        const ch = p?.node.data[p.offset] as string;
        expect(b.text[i] === ' ' ? /\s/.test(ch) : ch === b.text[i], `${b.text}[${i}]`).toBe(true);
      }
    }
  });

  it('joins blocks with a blank line and says where each starts', () => {
    const bs = blocks('<p>un</p><p>deux</p>');
    expect(joinBlocks(bs)).toEqual({ text: 'un\n\ndeux', starts: [0, 4] });
  });

  it('reads the page language', () => {
    document.documentElement.setAttribute('lang', 'fr-FR');
    expect(pageLang(document)).toBe('fr');
    document.documentElement.removeAttribute('lang');
    expect(pageLang(document)).toBeNull();
  });
});
