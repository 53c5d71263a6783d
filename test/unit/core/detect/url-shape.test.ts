import { describe, expect, it } from 'vitest';
import { isLegalTitle, urlShape } from '../../../../src/core/detect/url-shape';

describe('urlShape', () => {
  it.each([
    ['https://news.example/world/2021/10/20/kremlin-urges-taliban-to-improve-rights', 'article'],
    ['https://www.ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-14848164.php', 'article'],
    ['https://news.example/', 'home'],
    ['https://news.example/politik/', 'front'],
    ['https://news.example/journal/2019/01/80642', 'article'],
    ['https://blog.example/2018/10/ferry.html', 'article'],
    ['https://blog.example/2019/01/', 'neutral'],
    ['https://blog.example/2019/01/page/2', 'neutral'],
    ['https://news.example/privacy', 'legal'],
    ['https://news.example/ueber-uns/datenschutz/', 'legal'],
    ['https://news.example/terms-of-use.html', 'legal'],
    ['https://blog.example/privacy-technology/facebook-is-tracking-me-even-though-im-not-on-facebook', 'article'],
    ['https://www.shop.example/dp/B07FW264WL', 'shop'],
    ['https://www.shop.example/product/ferry-rope', 'shop'],
    ['https://publisher.example/books/9781234567897/', 'shop'],
    ['https://news.example/2024/03/05/978-readers-sign-the-pier-petition', 'article'],
    ['not a url', 'neutral'],
    [undefined, 'neutral'],
  ])('%s → %s', (url, shape) => expect(urlShape(url)).toBe(shape));
});

describe('isLegalTitle', () => {
  it('recognises legal page headlines, not stories about them', () => {
    expect(isLegalTitle('Privacy Policy')).toBe(true);
    expect(isLegalTitle('Impressum')).toBe(true);
    expect(isLegalTitle('Datenschutzerklärung der Heise Medien')).toBe(true);
    expect(isLegalTitle('Senate passes new privacy law')).toBe(false);
    expect(isLegalTitle(undefined)).toBe(false);
  });
});

describe('urlShape, listings and threads', () => {
  it.each([
    ['https://news.example/meinung', 'front'],
    ['https://party.example/themen/arbeit', 'front'],
    ['https://news.example/health/ebola', 'neutral'],
    ['https://www.reddit.com/r/gifs/comments/4vv0sa/leonardo_dicaprio_scaring_jonah_hill/', 'forum'],
    ['http://entermedia.co.kr/news/news_view.html?idx=8576&page=1', 'article'],
    ['https://twitter.com/Reuters/status/1281836879789404160/photo/1', 'forum'],
  ])('%s → %s', (url, shape) => expect(urlShape(url)).toBe(shape));
});
