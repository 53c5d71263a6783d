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

describe('urlShape, story addresses of other CMSes and scripts', () => {
  it.each([
    // Query strings naming the story: its id under a story word, TYPO3's tt_news, SPIP, a slug as a value.
    ['https://gazette.example/newsreader.php?newsid=4711', 'article'],
    ['https://gazette.example/modules/news/article.php?storyid=504', 'article'],
    ['https://gazette.example/index.php?id=30&tx_ttnews%5Btt_news%5D=477', 'article'],
    ['https://gazette.example/spip.php?article8532', 'article'],
    ['https://gazette.example/scan.php?page=news_item&px=Ferry-Pier-2024-Vote', 'article'],
    ['https://gazette.example/search?q=council-votes-on-the-ferry-pier', 'front'],
    ['https://gazette.example/?page=2', 'home'],
    // An id under a story word: digits, or letters and digits mixed; a year there is an archive.
    ['https://gazette.example/archives/2562', 'article'],
    ['https://gazette.example/article/3834/1', 'article'],
    ['https://gazette.example/news/articles/c7x2k9pq4m1z', 'article'],
    ['https://gazette.example/news/2019', 'neutral'],
    ['https://gazette.example/news/mp3', 'neutral'],
    // Headline slugs in scripts written without spaces, percent-encoded as browsers send them.
    [`https://gazette.example/local/${encodeURIComponent('港町議会が旧フェリー桟橋の再建を可決')}`, 'article'],
    [`https://gazette.example/${encodeURIComponent('지역')}/`, 'front'],
  ])('%s → %s', (url, shape) => expect(urlShape(url)).toBe(shape));
});
