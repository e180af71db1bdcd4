/**
 * What a piece of code read of some data, and whether other data would give it the same answers:
 * the key of a cache that must never be wrong (scripts/dev-cache.ts, the site root's render in
 * `npm start`). `tracked(value)` gives a read-only view of JSON-like data that records every property
 * read, every key list taken and every `in` test, each by its path from the top; `unchanged(data)`
 * then replays them on new data. Code that reads the same answers computes the same result, so
 * a render that read only the home page's figures need not run again after a task's text changed.
 *
 * Each path has its own view (a value reached by two paths is two views), so what is recorded is
 * exactly where it was read. A write through a view, a function or any other non-data value makes
 * the record unusable (`usable` false): the caller then always redoes the work.
 */

/** One answer given: the view at `path` answered `seen` to `question` (a property name, "\u0001keys", "\u0002in:<name>"). */
interface Read {
  path: readonly string[];
  question: string;
  seen: string;
}

const KEYS = "\u0001keys";
const IN = "\u0002in:";

/** What a value looks like to the reader, as a string: its kind, or for a primitive its type and value. */
function observed(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "object":
      return Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null ? "object" : "other";
    case "string":
      return `s:${value}`;
    case "number":
      return `n:${Object.is(value, -0) ? "-0" : String(value)}`;
    case "boolean":
      return `b:${value}`;
    case "undefined":
      return "undefined";
    default:
      return "other";
  }
}

/** The answer a plain-data value gives to a question, as `observed` records it. */
function answer(target: object, question: string): string {
  if (question === KEYS) return Reflect.ownKeys(target).filter((k) => typeof k === "string").join("\u0000");
  if (question.startsWith(IN)) return String(Reflect.has(target, question.slice(IN.length)));
  return Object.hasOwn(target, question) ? observed((target as Record<string, unknown>)[question]) : "absent";
}

/**
 * Eleventy deep-copies every plain object it is given as global data, which would read all of it:
 * a view reports this prototype instead, so it is passed on as it is (and read only where used).
 */
class TrackedView {}

export class ReadRecorder {
  readonly #reads = new Map<string, Read>();
  #usable = true;

  /** False once something wrote through a view or met a value that is not plain data. */
  get usable(): boolean {
    return this.#usable;
  }

  /** How many distinct answers were recorded. */
  get size(): number {
    return this.#reads.size;
  }

  /**
   * A read-only view of `value` that records what is read through it, as `name` (the top of its
   * paths); a primitive is recorded as read at once.
   * @example const seen = new ReadRecorder(); const hg = seen.tracked("hg", data); hg.plan.title → data.plan.title, recorded
   */
  tracked<T>(name: string, value: T): T {
    this.#note([], name, observed(value));
    return this.#view(value, [name]);
  }

  /**
   * Whether `values` (by name, as given to `tracked`) answer every recorded question as before.
   * @example seen.unchanged({ hg: newData }) → true when nothing read changed
   */
  unchanged(values: Readonly<Record<string, unknown>>): boolean {
    if (!this.#usable) return false;
    const root = { ...values };
    for (const { path, question, seen } of this.#reads.values()) {
      let at: unknown = root;
      for (const key of path) {
        if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return false;
        at = (at as Record<string, unknown>)[key];
      }
      if (at === null || typeof at !== "object" || answer(at, question) !== seen) return false;
    }
    return true;
  }

  #refuse(): void {
    this.#usable = false;
  }

  #note(path: readonly string[], question: string, seen: string): void {
    if (seen === "other") this.#refuse();
    const id = `${path.join("\u0000")}\u0003${question}`;
    if (!this.#reads.has(id)) this.#reads.set(id, { path, question, seen });
  }

  #view<T>(value: T, path: readonly string[]): T {
    if (value === null || typeof value !== "object") return value;
    const children = new Map<string, unknown>();
    const child = (target: object, key: string): unknown => {
      if (!children.has(key)) children.set(key, this.#view((target as Record<string, unknown>)[key], [...path, key]));
      return children.get(key);
    };
    // Writes go through, as they would to the data itself, but nothing read can then be trusted.
    const write = <A extends unknown[]>(act: (...args: A) => boolean) => (...args: A) => (this.#refuse(), act(...args));
    return new Proxy(value as object, {
      get: (target, key, receiver) => {
        if (typeof key === "symbol" || !Object.hasOwn(target, key)) {
          // Inherited (Array.prototype.map, toString) or a symbol: not data, but an own property of
          // that name appearing later would be.
          if (typeof key === "string") this.#note(path, key, "absent");
          return Reflect.get(target, key, receiver);
        }
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key)!;
        this.#note(path, key, "value" in descriptor ? observed(descriptor.value) : "other");
        // A frozen property must be given as it is (a Proxy invariant): what is read through it would go unrecorded.
        if (!descriptor.configurable && !descriptor.writable) return this.#refuse(), descriptor.value;
        return child(target, key);
      },
      has: (target, key) => {
        if (typeof key === "string") this.#note(path, `${IN}${key}`, String(Reflect.has(target, key)));
        return Reflect.has(target, key);
      },
      ownKeys: (target) => {
        this.#note(path, KEYS, answer(target, KEYS));
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor: (target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
        if (typeof key === "symbol") return descriptor;
        this.#note(path, key, descriptor ? observed(descriptor.value) : "absent");
        // The value handed out is a view too, so that reading through the descriptor is recorded.
        if (descriptor && "value" in descriptor && descriptor.configurable) return { ...descriptor, value: child(target, key) };
        if (descriptor && !descriptor.configurable && !descriptor.writable) this.#refuse();
        return descriptor;
      },
      getPrototypeOf: (target) => (Array.isArray(target) ? Reflect.getPrototypeOf(target) : TrackedView.prototype),
      set: write(Reflect.set),
      defineProperty: write(Reflect.defineProperty),
      deleteProperty: write(Reflect.deleteProperty),
      setPrototypeOf: write(Reflect.setPrototypeOf),
      preventExtensions: write(Reflect.preventExtensions),
    }) as T;
  }
}
