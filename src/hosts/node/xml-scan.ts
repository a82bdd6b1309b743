/**
 * A small pull scanner over the XML of an .xlsx part: start tags (with their attributes read only when asked),
 * end tags and text, in document order. It reads what saxes (the parser ExcelJS uses) reads the way saxes reads
 * it for ExcelJS: the five named entities and character references decoded, line ends (CR LF, CR) as LF,
 * comments, processing instructions and the DOCTYPE skipped, tab/CR/LF in an attribute value as a space, and
 * CDATA left out (ExcelJS's parse-sax passes saxes's text events on, not its cdata events).
 * Names are taken as written, prefix and all (ExcelJS does not resolve namespaces either).
 *
 * It is not a validating parser: it checks what it needs to find the next tag and no more, and throws on an
 * entity it does not know, a tag that never closes, or an unterminated comment.
 */

export const enum Tok {
  End = 0,
  Open = 1,
  Close = 2,
  Text = 3,
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entities and character references; throws on an unknown entity. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*);?/g, (whole, e: string) => {
    if (!whole.endsWith(';')) throw new Error(`XML: 不完整的实体 ${whole.slice(0, 12)}`);
    const named = NAMED[e];
    if (named !== undefined) return named;
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : /^\d+$/.test(e.slice(1)) ? Number(e.slice(1)) : NaN;
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new Error(`XML: 未知的实体 &${e.slice(0, 12)};`);
  });
}

function text(raw: string): string {
  const lf = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  return decodeEntities(lf);
}

export class XmlScanner {
  private pos = 0;
  /** The name of the tag just read (Open or Close). */
  name = '';
  /** True for `<x/>`: no Close follows it. */
  selfClosing = false;
  /** The text just read (Text). */
  text = '';
  private attrFrom = 0;
  private attrTo = 0;

  constructor(private readonly xml: string) {}

  next(): Tok {
    const xml = this.xml;
    for (;;) {
      const p = this.pos;
      if (p >= xml.length) return Tok.End;
      if (xml.charCodeAt(p) !== 60 /* < */) {
        let q = xml.indexOf('<', p);
        if (q < 0) q = xml.length;
        this.pos = q;
        this.text = text(xml.slice(p, q));
        return Tok.Text;
      }
      const c = xml.charCodeAt(p + 1);
      if (c === 47 /* / */) {
        const q = xml.indexOf('>', p + 2);
        if (q < 0) throw new Error('XML: 结束标记不完整');
        this.name = xml.slice(p + 2, q).trim();
        this.pos = q + 1;
        return Tok.Close;
      }
      if (c === 63 /* ? */) {
        const q = xml.indexOf('?>', p + 2);
        if (q < 0) throw new Error('XML: 处理指令不完整');
        this.pos = q + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (xml.startsWith('<!--', p)) {
          const q = xml.indexOf('-->', p + 4);
          if (q < 0) throw new Error('XML: 注释不完整');
          this.pos = q + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', p)) {
          const q = xml.indexOf(']]>', p + 9);
          if (q < 0) throw new Error('XML: CDATA 不完整');
          this.pos = q + 3;
          continue;
        }
        // <!DOCTYPE …>, with any internal subset in brackets.
        const bracket = xml.indexOf('[', p);
        const gt = xml.indexOf('>', p);
        if (gt < 0) throw new Error('XML: 声明不完整');
        this.pos = bracket >= 0 && bracket < gt ? xml.indexOf(']>', bracket) + 2 : gt + 1;
        if (this.pos < 2) throw new Error('XML: 声明不完整');
        continue;
      }
      // A start tag: its name, then attributes up to the '>' outside quotes.
      let i = p + 1;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
      }
      this.name = xml.slice(p + 1, i);
      this.attrFrom = i;
      let quote = 0;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (i >= xml.length) throw new Error('XML: 开始标记不完整');
      this.selfClosing = xml.charCodeAt(i - 1) === 47;
      this.attrTo = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return Tok.Open;
    }
  }

  /** An attribute of the start tag just read, decoded; undefined when it has none of that name. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      const eq = xml.indexOf('=', i);
      if (eq < 0 || eq >= end) return undefined;
      const key = xml.slice(i, eq).trim();
      let q = eq + 1;
      while (q < end && xml.charCodeAt(q) !== 34 && xml.charCodeAt(q) !== 39) q++;
      if (q >= end) return undefined;
      const close = xml.indexOf(xml[q], q + 1);
      if (close < 0 || close > end) return undefined;
      if (key === name) {
        const raw = xml.slice(q + 1, close);
        return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
      }
      i = close + 1;
    }
    return undefined;
  }

  /** The text inside the element whose start tag was just read (nested elements' text left out), reading past its end. */
  textContent(): string {
    if (this.selfClosing) return '';
    let out = '';
    for (;;) {
      const t = this.next();
      if (t === Tok.End || t === Tok.Close) return out;
      if (t === Tok.Text) out += this.text;
      else this.skipElement();
    }
  }

  /** Skips past the end of the element whose start tag was just read. */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === Tok.End) return;
      if (t === Tok.Open && !this.selfClosing) depth++;
      else if (t === Tok.Close && --depth === 0) return;
    }
  }
}
