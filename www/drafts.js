// Autosave that never fails silently. Drafts live in IndexedDB (no 5 MB localStorage quota), one
// record per browser tab (the tab's id survives a reload in sessionStorage), so two tabs never
// overwrite each other; a new tab starts from the newest draft. Saves are chained, so an older
// save can never land after a newer one. Every failure is reported to the caller.
const DB = "dxcheck";
const STORE = "drafts";
const KEEP = 12; // tab records kept; older ones are pruned
const LEGACY_KEY = "dxcheck.draft";

function openDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "tab" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("IndexedDB blocked"));
  });
}

function tx(db, mode, fn) {
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    let out;
    try {
      out = fn(t.objectStore(STORE));
    } catch (e) {
      reject(e);
      return;
    }
    t.oncomplete = () => resolve(out instanceof IDBRequest ? out.result : out);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error ?? new Error("aborted"));
  });
}

export function createDrafts({ onOtherTab } = {}) {
  let tab = sessionStorage.getItem("dxcheck.tab");
  const fresh = !tab;
  if (!tab) {
    tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    sessionStorage.setItem("dxcheck.tab", tab);
  }
  const dbp = openDb();
  dbp.catch(() => {});
  let chain = Promise.resolve();
  let lastSaved = null;
  let channel = null;
  try {
    channel = new BroadcastChannel("dxcheck-drafts");
    channel.onmessage = ({ data }) => { if (data?.tab !== tab) onOtherTab?.(data); };
  } catch { /* no BroadcastChannel: tabs still keep separate drafts */ }

  /** This tab's draft after a reload, else the newest draft of any tab, else the legacy one. */
  async function load() {
    const db = await dbp;
    const all = (await tx(db, "readonly", (s) => s.getAll())).filter((r) => !r.previous);
    const mine = all.find((r) => r.tab === tab);
    const newest = all.sort((a, b) => b.savedAt - a.savedAt)[0];
    const pick = (!fresh && mine) || newest;
    if (pick) return pick.text;
    return localStorage.getItem(LEGACY_KEY) ?? "";
  }

  /** Resolves when this text (or a newer one) is stored; rejects with the reason otherwise. */
  function save(text) {
    const job = chain.then(async () => {
      if (text === lastSaved) return;
      const db = await dbp;
      const savedAt = Date.now();
      await tx(db, "readwrite", (s) => s.put({ tab, text, savedAt }));
      lastSaved = text;
      channel?.postMessage({ tab, savedAt, length: text.length });
      prune(db).catch(() => {});
    });
    chain = job.catch(() => {});
    return job;
  }

  /** The restore slot: the draft that a file, «Xóa» or a batch row replaced. */
  async function keepPrevious(text) {
    const db = await dbp;
    await tx(db, "readwrite", (s) => s.put({ tab: `${tab}#previous`, text, savedAt: Date.now(), previous: true }));
  }

  async function previous() {
    const db = await dbp;
    return (await tx(db, "readonly", (s) => s.get(`${tab}#previous`)))?.text ?? null;
  }

  async function prune(db) {
    const all = (await tx(db, "readonly", (s) => s.getAll())).filter((r) => !r.previous);
    if (all.length <= KEEP) return;
    const old = all.sort((a, b) => b.savedAt - a.savedAt).slice(KEEP);
    await tx(db, "readwrite", (s) => { for (const r of old) s.delete(r.tab); });
  }

  return { load, save, keepPrevious, previous, tab };
}
