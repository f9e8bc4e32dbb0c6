// The backdrop behind the textarea: the same text with the findings' ranges marked. It is kept in
// blocks of whole lines (about 2 KB each), so a keystroke re-renders one block and a new report
// re-renders only the blocks whose marks changed: typing stays fast on a 140 KB draft.
const BLOCK = 2048;

/** [start, end) pieces of text[from, to) cut after a newline once BLOCK characters are reached. */
function cut(text, from, to) {
  const out = [];
  let s = from;
  while (s < to) {
    let e = s + BLOCK >= to ? to : text.indexOf("\n", s + BLOCK);
    e = e === -1 || e >= to ? to : e + 1;
    out.push([s, e]);
    s = e;
  }
  return out;
}

export class Highlighter {
  constructor(root) {
    this.root = root;
    this.text = "";
    this.blocks = []; // { start, end, node, sig }
    this.marks = []; // { start, end, severity, i, current }, sorted, not overlapping
    this.tail = document.createElement("div");
    this.tail.className = "tail";
    this.tail.textContent = "\n";
    root.replaceChildren(this.tail);
  }

  /** Replace everything (a new document). */
  reset(text) {
    this.text = text;
    for (const b of this.blocks) b.node.remove();
    this.blocks = cut(text, 0, text.length).map(([start, end]) => this.render(start, end));
    this.tail.before(...this.blocks.map((b) => b.node));
  }

  /** The text changed by typing: re-render only the blocks the change touches; drop marks there. */
  edit(text) {
    const old = this.text;
    if (this.blocks.length === 0 || old === text) return this.reset(text);
    let p = 0;
    const min = Math.min(old.length, text.length);
    while (p < min && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let q = 0;
    while (q < min - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
    const oldEnd = old.length - q;
    const delta = text.length - old.length;
    const find = (pos) => {
      let lo = 0, hi = this.blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.blocks[mid].end <= pos) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // a change at a block's very start also touches the previous block (it may end without "\n")
    const a = Math.max(0, find(p) - (p > 0 && this.blocks[find(p)]?.start === p ? 1 : 0));
    const b = Math.max(a, find(Math.max(p, oldEnd - 1)));
    this.text = text;
    this.marks = this.marks.filter((m) => m.end <= p || m.start >= oldEnd)
      .map((m) => (m.start >= oldEnd ? { ...m, start: m.start + delta, end: m.end + delta } : m));
    for (let k = b + 1; k < this.blocks.length; k++) {
      this.blocks[k].start += delta;
      this.blocks[k].end += delta;
    }
    const from = this.blocks[a].start;
    const to = this.blocks[b].end + delta;
    const fresh = cut(text, from, to).map(([s, e]) => this.render(s, e));
    const oldNodes = this.blocks.slice(a, b + 1).map((x) => x.node);
    oldNodes[0].before(...fresh.map((x) => x.node));
    for (const n of oldNodes) n.remove();
    this.blocks.splice(a, b - a + 1, ...fresh);
  }

  /** New marks (from a report on the current text): re-render the blocks whose marks differ. */
  setMarks(marks) {
    const sorted = marks.filter((m) => m.end > m.start).sort((x, y) => x.start - y.start);
    this.marks = [];
    let at = 0;
    for (const m of sorted) {
      if (m.start < at) continue; // overlapping: the first one wins
      this.marks.push(m);
      at = m.end;
    }
    this.blocks = this.blocks.map((b) => {
      if (this.signature(b.start, b.end) === b.sig) return b;
      const fresh = this.render(b.start, b.end);
      b.node.replaceWith(fresh.node);
      return fresh;
    });
  }

  marksIn(start, end) {
    let lo = 0, hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let k = lo; k < this.marks.length && this.marks[k].start < end; k++) out.push(this.marks[k]);
    return out;
  }

  signature(start, end) {
    return this.marksIn(start, end).map((m) => `${m.start - start}:${m.end - start}:${m.severity}:${m.i}:${m.current ? 1 : 0}`).join(",");
  }

  render(start, end) {
    const node = document.createElement("div");
    let at = start;
    for (const m of this.marksIn(start, end)) {
      const s = Math.max(m.start, start), e = Math.min(m.end, end);
      if (s > at) node.append(this.text.slice(at, s));
      const mark = document.createElement("mark");
      mark.dataset.severity = m.severity;
      mark.dataset.i = String(m.i);
      if (m.current) mark.className = "current";
      mark.textContent = this.text.slice(s, e);
      node.append(mark);
      at = e;
    }
    if (end > at) node.append(this.text.slice(at, end));
    return { start, end, node, sig: this.signature(start, end) };
  }
}
