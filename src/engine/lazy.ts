// A value made on first use. Module-level tables (type names, static members, message tables) cost
// young-generation memory at every start-up although a one-line script reads few of them; built
// here on first read, they cost nothing until then (docs/startup.md, sixth round).

/** `make()` once, on the first call; every call returns that value. */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
