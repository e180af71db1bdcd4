import { watch, type FSWatcher } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Names editors write beside the file they save (vim's swap files and its "4913" write test, backups
 * ending in "~", emacs lock files): they are not content, so they never start a rebuild.
 */
const EDITOR_LITTER = /^(\.|#)|~$|\.sw[a-p]$|^4913$/;

export interface TreeWatcher {
  /** Resolves once every folder that existed at start is watched. */
  ready: Promise<void>;
  close(): void;
}

/**
 * Calls `onChange(path)` after any change to a file under `roots`, however the editor saves it.
 * Node's recursive fs.watch on Linux watches each file, so after a save by rename (vim, `sed -i`,
 * "safe write": write a temporary file, then rename it over the old one) it keeps watching the
 * replaced file and misses every later edit. This watches folders instead: a folder's watch sees
 * the rename and keeps working, and folders created later are picked up on the next event.
 * @example const w = watchTree(["content", "data"], (p) => console.log(p)); await w.ready; … w.close()
 */
export function watchTree(roots: string[], onChange: (path: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const add = async (dir: string): Promise<void> => {
    if (closed) return;
    if (!watchers.has(dir)) {
      let watcher: FSWatcher;
      try {
        watcher = watch(dir, (event, name) => {
          const file = name?.toString();
          if (file && EDITOR_LITTER.test(file)) return;
          if (file) onChange(join(dir, file));
          if (event !== "rename") return;
          // A folder renamed away or deleted loses its watches; one created or renamed into place,
          // even under the same name, needs new ones: forget the old and rescan.
          if (file) {
            const gone = join(dir, file);
            for (const [path, w] of watchers) {
              if (path === gone || path.startsWith(`${gone}/`)) {
                w.close();
                watchers.delete(path);
              }
            }
          }
          void add(dir);
        });
      } catch {
        return; // the folder vanished between listing and watching
      }
      watcher.on("error", () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => (watchers.has(join(dir, e.name)) ? undefined : add(join(dir, e.name)))));
  };

  return {
    ready: Promise.all(roots.map(add)).then(() => undefined),
    close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
