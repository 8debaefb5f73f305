/** entrypoints/content/scanner.ts in happy-dom: the first pass, and when the rest is read. */
import { afterEach, describe, expect, it } from 'vitest';
import { initScanner } from '../../entrypoints/content/scanner';
import type { TextBlock } from '../../lib/dom/text';

const stops: AbortController[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
  document.body.innerHTML = '';
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function page(paragraphs: number): void {
  document.body.innerHTML = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: Meta spends ${i} milliards d’euros.</p>`,
  ).join('');
}

describe('initScanner', () => {
  it('reads nothing past the view until what the reader sees is painted, then reads the rest', async () => {
    page(200);
    const read: TextBlock[] = [];
    let viewRead = false;
    let firstPass = false;
    let painted: () => void = () => {};
    const stop = new AbortController();
    stops.push(stop);
    initScanner(document.body, stop.signal, {
      onBlocks: (blocks) => {
        read.push(...blocks);
        // As PageSession does: the first batch reaches below the view.
        viewRead = true;
      },
      onForget: () => {},
      onFirstPass: () => {
        firstPass = true;
      },
      idle: () => viewRead,
      idleAfter: new Promise<void>((resolve) => {
        painted = resolve;
      }),
    });
    // The first batch is handed over at once, in the same task.
    const first = read.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(200);
    await wait(100);
    expect(read.length).toBe(first);
    expect(firstPass).toBe(false);

    painted();
    await wait(100);
    for (let i = 0; i < 50 && !firstPass; i++) await wait(50);
    expect(firstPass).toBe(true);
    expect(read.map((b) => b.text)).toEqual(
      Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: Meta spends ${i} milliards d’euros.`),
    );
  });

  it('reads a whole page without waiting when no view is marked read', async () => {
    page(40);
    const read: TextBlock[] = [];
    let firstPass = false;
    const stop = new AbortController();
    stops.push(stop);
    initScanner(document.body, stop.signal, {
      onBlocks: (blocks) => read.push(...blocks),
      onForget: () => {},
      onFirstPass: () => {
        firstPass = true;
      },
      idle: () => false,
      idleAfter: new Promise<void>(() => {}),
    });
    for (let i = 0; i < 50 && !firstPass; i++) await wait(20);
    expect(firstPass).toBe(true);
    expect(read).toHaveLength(40);
  });
});
