// The ahocorasick package ships no types; this is the part of its API the benchmark uses.
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    /** [index of the last character of the match, keywords ending there][] */
    search(text: string): Array<[number, string[]]>;
  }
}
