/** Not figures: years, dates, times, versions and model names, phone numbers, ordinals, footnotes, durations, bare numbers. */
import { describe, it } from 'vitest';
import { expectFigure, expectNothing } from './helpers.ts';

describe('not figures', () => {
  it.each([
    // years, standing alone or in dates
    ['fr', 'Le rapport paraîtra en 2026.'],
    ['en', 'The law took effect in 2024.'],
    ['fr', 'Publié le 25 janvier 2025 à 10h30.'],
    ['en', 'Updated Nov. 12, 2024 at 5:30 p.m. ET.'],
    ['es', 'Publicado el 3 de enero de 2019 a las 10:30.'],
    ['de', 'Veröffentlicht am 25. Januar 2025 um 10:30 Uhr.'],
    ['de', 'Der Vertrag gilt ab 1.1.2026.'],
    ['en', 'Sales data for 2023/24 were revised.'],
    ['fr', '© 2025 Éditions du Midi'],
    // versions and model names
    ['en', 'Apple shipped iOS 18.2 to testers.'],
    ['en', 'OpenAI released GPT-4o for free users.'],
    ['en', 'Meta trained Llama 3.1 on public data.'],
    ['en', 'The RTX 5090 costs more than the rest of the PC.'],
    ['fr', 'Windows 11 équipe désormais la moitié des PC.'],
    ['es', 'Un artículo de 3D Juegos sobre consolas.'],
    ['en', 'The A320neo and the 737 MAX compete.'],
    ['en', 'Covid-19 hit the 5G rollout.'],
    // phone numbers
    ['fr', 'Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.'],
    ['en', 'Call (555) 123-4567 or 1-800-555-0199.'],
    ['de', 'Tel. 030 123456 oder 0800 123 456.'],
    // ordinals, footnotes, pages
    ['fr', 'Le 1er trimestre et la 2e place.'],
    ['en', 'The 21st century and the 3rd quarter.'],
    ['en', 'See note [3] and page 12.'],
    ['de', 'Der 3. Platz ging an Bosch.'],
    // durations
    ['fr', 'Le chantier durera quatre ans.'],
    ['en', 'The loan runs for eight years.'],
    ['en', 'The article is a 6 min read.'],
    ['es', 'El contrato dura 5 años.'],
    // bare numbers
    ['fr', 'Il y avait 42 invités dans la salle et 7 chaises.'],
    ['en', 'Chapter 7 covers the 12 rules.'],
    ['es', 'El equipo ganó 3 a 1.'],
    ['de', 'Die Mannschaft siegte mit 2:0.'],
    ['en', 'The reader 42 left a comment.'],
  ] as const)('[%s] %s', (lang, sentence) => {
    expectNothing(lang, sentence);
  });

  it.each([
    ['en', 'In 2024 users spent more.', '2024 users'],
    ['fr', 'En 2024 300 salariés sont partis.', '2024'],
    ['en', 'Many Windows 11 users complained.', '11 users'],
    ['en', 'The RTX 5090 GPUs sold out.', '5090 GPUs'],
  ] as const)('a year or a model number before a count noun: [%s] %s', (lang, sentence, part) => {
    expectNothing(lang, sentence, part);
  });

  it('a capitalised word opening a sentence is no product name', () => {
    expectFigure('en', 'Another 500 jobs will go.', { text: '500 jobs', value: 500 });
  });

  it('a count right after a year is still found', () => {
    expectFigure('fr', 'En 2024 300 salariés sont partis.', { text: '300 salariés', value: 300 });
  });
});
