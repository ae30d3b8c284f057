/**
 * The playground's working document, kept in the browser's own storage
 * (IndexedDB) so a reload or a closed tab loses nothing. Nothing leaves the
 * machine: IndexedDB belongs to this page's origin on this computer.
 */

export interface StoredDocument {
  bytes: Uint8Array;
  fileName: string;
  /** Changes made since the file was opened or last downloaded. */
  undownloaded: boolean;
  savedAt: number;
}

export interface DocumentStore {
  load(): Promise<StoredDocument | null>;
  save(doc: StoredDocument): Promise<void>;
  clear(): Promise<void>;
}

const DB = "silkform-playground";
const STORE = "documents";
const KEY = "current";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const r = factory.open(DB, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

async function withStore<T>(factory: IDBFactory, mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(f(tx.objectStore(STORE)));
    // A write counts only once its transaction has committed.
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
    return result;
  } finally {
    db.close();
  }
}

function isStored(v: unknown): v is StoredDocument {
  const d = v as StoredDocument | undefined;
  return !!d && d.bytes instanceof Uint8Array && typeof d.fileName === "string" && typeof d.undownloaded === "boolean";
}

export function browserStore(factory: IDBFactory = indexedDB): DocumentStore {
  return {
    async load() {
      const v = await withStore(factory, "readonly", (s) => s.get(KEY));
      return isStored(v) ? v : null;
    },
    async save(doc) {
      await withStore(factory, "readwrite", (s) => s.put(doc, KEY));
    },
    async clear() {
      await withStore(factory, "readwrite", (s) => s.delete(KEY));
    },
  };
}
