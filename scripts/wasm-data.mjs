// The active data segments of a wasm module's bytes, for the post-wasm-opt passes that read
// vtables and tables from the data (panic-trap.mjs, fmt-trap.mjs): [address, bytes] each.
// `tool` names the caller in errors.
export function activeDataSegments(bytes, tool) {
  const segments = [];
  let p = 8;
  const uleb = () => {
    let r = 0, s = 0, x;
    do {
      x = bytes[p++];
      r += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return r;
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const len = uleb();
    const body = p;
    if (id === 11) {
      const count = uleb();
      for (let i = 0; i < count; i++) {
        if (uleb() !== 0 || bytes[p++] !== 0x41) throw new Error(`${tool}: a data segment that is not active at a constant`);
        let r = 0, s = 0, x;
        do {
          x = bytes[p++];
          r |= (x & 0x7f) << s;
          s += 7;
        } while (x & 0x80);
        if (bytes[p++] !== 0x0b) throw new Error(`${tool}: a data segment offset that is not a constant`);
        const l = uleb();
        segments.push([r, bytes.subarray(p, p + l)]);
        p += l;
      }
    }
    p = body + len;
  }
  return segments;
}
