import { describe, expect, it } from 'vitest';
import { claimIdFromHash, claimLink, withoutHash } from '@/lib/claim-link';

describe('claim links', () => {
  it('puts the claim id in the fragment, replacing any other, and reads it back', () => {
    const link = claimLink('https://news.example/a?x=1#comments', 'b1c2-é');
    expect(link).toBe('https://news.example/a?x=1#tally-claim=b1c2-%C3%A9');
    expect(claimIdFromHash(new URL(link).hash)).toBe('b1c2-é');
  });

  it('ignores fragments that are not Tally’s', () => {
    expect(claimIdFromHash('')).toBeNull();
    expect(claimIdFromHash('#comments')).toBeNull();
    expect(claimIdFromHash('#tally-claim=')).toBeNull();
    expect(claimIdFromHash('#tally-claim=%E0%A4%A')).toBeNull();
  });

  it('compares pages without their fragment', () => {
    expect(withoutHash('https://news.example/a#top')).toBe('https://news.example/a');
    expect(withoutHash('https://news.example/a')).toBe('https://news.example/a');
  });
});
