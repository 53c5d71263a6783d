// @vitest-environment jsdom
// What makes the session look at the article again.
import { describe, expect, it } from 'vitest';
import { watchPage } from '../../../src/content/watch';

const settle = () => new Promise((r) => setTimeout(r, 400));

describe('watchPage', () => {
  it('rescans when a class shows hidden text inside the article, not for changes elsewhere', async () => {
    document.body.innerHTML = '<article><p>Lead.</p><div class="more collapsed"><p>Rest.</p></div></article><aside class="ticker">0</aside>';
    const article = document.querySelector('article')!;
    let changes = 0;
    const stop = watchPage(document, () => [article], { onContentChange: () => changes++, onNavigation: () => undefined });
    document.querySelector('.ticker')!.className = 'ticker tick';
    await settle();
    expect(changes).toBe(0);
    document.querySelector('.more')!.classList.remove('collapsed');
    await settle();
    expect(changes).toBe(1);
    stop();
  });
});
