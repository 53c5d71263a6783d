// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectText, collectTextInSlices } from '../../../../src/core/text/body-text';

function root(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body><div id="r">${html}</div></body>`, 'text/html');
  return doc.getElementById('r')!;
}

/** Every segment maps one to one onto its node's data (whitespace shown as a space). */
function expectSegmentsMap(text: string, segments: ReturnType<typeof collectText>['segments']): void {
  for (const s of segments) {
    const fromNode = s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start)).replace(/[\t\n\r\f]/g, ' ');
    expect(text.slice(s.start, s.end)).toBe(fromNode);
  }
}

describe('collectText', () => {
  it('separates blocks by one newline and collapses whitespace as a reader sees it', () => {
    const { text, segments } = collectText([root('<h1>  Title\n here </h1>\n<p>One   <b>two</b>\tthree</p><p></p><div><p>Four</p></div>')]);
    expect(text).toBe('Title here\nOne two three\nFour');
    expectSegmentsMap(text, segments);
  });

  it('breaks lines at <br> without empty lines, and keeps inline boundaries tight', () => {
    const { text } = collectText([root('a<br><br>b<i>c</i> d<br>')]);
    expect(text).toBe('a\nbc d');
  });

  it('skips what no reader reads as prose', () => {
    const { text } = collectText([
      root(
        '<p>kept</p><script>x()</script><style>p{}</style><noscript>ns</noscript><template>t</template>' +
          '<p hidden>h</p><p aria-hidden="true">a</p><p style="color:red; display: none">d</p>' +
          '<input value="i"><textarea>ta</textarea><select><option>o</option></select>' +
          '<div contenteditable="true">edit</div><p>see <code>fn()</code> here</p><pre>block</pre>' +
          '<span data-backstory-ui><b>ui</b></span><p>end</p>',
      ),
    ]);
    expect(text).toBe('kept\nsee here\nend');
  });

  it('leaves out the elements it is told to, with everything inside them', () => {
    const r = root('<h1>Head <b>line</b></h1><p>Body one.</p><p>Body two.</p>');
    expect(collectText([r], { leaveOut: new Set([r.querySelector('h1')!]) }).text).toBe('Body one.\nBody two.');
  });

  it('excludes boilerplate inside the roots but keeps headline and captions', () => {
    const html =
      '<h1>Head</h1><div class="share-tools"><a href="#">Share</a></div>' +
      '<figure><img alt=""><figcaption>Caption text</figcaption></figure>' +
      '<p>Body paragraph one.</p><div class="adSlot">Ad</div><aside>Aside</aside>' +
      '<ul><li><a href="/a">Link one</a></li><li><a href="/b">Link two</a></li></ul>' +
      '<p>Read more: <a href="/x">Another story with a long headline about something else</a></p><p>Body two.</p>';
    expect(collectText([root(html)]).text).toBe('Head\nCaption text\nBody paragraph one.\nBody two.');
    expect(collectText([root(html)], { excludeBoilerplate: false }).text).toContain('Share');
  });

  it('keeps a furniture-named wrapper that holds several long paragraphs', () => {
    const long = 'This sentence is long enough to count as a paragraph of prose in the body of an article. '.repeat(3);
    const paragraphs = [1, 2, 3].map((n) => `<p>${n}. ${long}</p>`).join('');
    const { text } = collectText([root(`<div class="sidebar-layout">${paragraphs}</div>`)]);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('joins several roots in order, one block apart, with offsets that map back', () => {
    const doc = new DOMParser().parseFromString('<body><h1>A  b</h1><nav>x</nav><p>c\n d</p></body>', 'text/html');
    const { text, segments } = collectText([doc.querySelector('h1')!, doc.querySelector('p')!]);
    expect(text).toBe('A b\nc d');
    expectSegmentsMap(text, segments);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(['A', 'b', 'c', 'd']);
  });

  it('asks how each element is rendered: drops what is not drawn, and an invisible element\'s own text but not a child drawn again', () => {
    const r = root(
      '<p>Shown <span class="gone">gone <b>deep</b></span>text.</p>' +
        '<div class="ghost">ghost <p class="back">back again</p> ghost</div><p>End.</p>',
    );
    const asked: string[] = [];
    const rendering = (el: Element) => {
      asked.push(el.className || el.tagName);
      return el.classList.contains('gone') ? 'none' : el.classList.contains('ghost') ? 'invisible' : 'shown';
    };
    const { text, segments } = collectText([r], { rendering });
    expect(text).toBe('Shown text.\nback again\nEnd.');
    expectSegmentsMap(text, segments);
    // Once per element, and never inside a subtree that is not drawn.
    expect(asked).toEqual(['DIV', 'P', 'gone', 'ghost', 'back', 'P']);
  });

  it('never lets a hidden copy of a block hide the shown one as a repeat', () => {
    const caption = 'A caption long enough to count as a repeated block of text';
    const r = root(`<figcaption class="lightbox">${caption}</figcaption><p>Body.</p><figcaption>${caption}</figcaption>`);
    const rendering = (el: Element) => (el.classList.contains('lightbox') ? 'none' : 'shown');
    expect(collectText([r], { rendering }).text).toBe(`Body.\n${caption}`);
  });

  it('reads nothing inside an element the reader edits, from the root up', () => {
    const doc = new DOMParser().parseFromString(
      '<body><main contenteditable="true"><article><p>Draft.</p></article></main><div contenteditable><p contenteditable="false" id="fixed">Fixed.</p></div></body>',
      'text/html',
    );
    expect(collectText([doc.querySelector('article')!]).text).toBe('');
    expect(collectText([doc.getElementById('fixed')!]).text).toBe('Fixed.');
  });

  it('stops after the block that passes maxChars', () => {
    const r = root('<p>One two.</p><p>Three four.</p><p>Five six.</p>');
    expect(collectText([r], { maxChars: 12 }).text).toBe('One two.\nThree four.');
  });

  it('collects the same text in slices, pausing whenever the slice is spent', async () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Paragraph <b>${i}</b> of the story.</p>`).join('');
    let pauses = 0;
    const sliced = await collectTextInSlices([root(html)], {}, { timeUp: () => true, pause: async () => void pauses++ });
    const whole = collectText([root(html)]);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.length).toBe(whole.segments.length);
    expect(pauses).toBeGreaterThan(10);
  });

  it('never treats the root itself as boilerplate', () => {
    const doc = new DOMParser().parseFromString('<body><div class="related"><p>Chosen root.</p></div></body>', 'text/html');
    expect(collectText([doc.querySelector('.related')!]).text).toBe('Chosen root.');
  });
});
