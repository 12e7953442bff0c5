// `$foreach` and `$switch`: the enumerator a foreach loop or switch statement walks its input
// with. A script may move it on itself (`$foreach.MoveNext()` takes the next item inside the body,
// and the loop then goes on after it), so the loop reads its items through this same object.

export class LoopEnumerator {
  #index = -1;

  constructor(
    private readonly items: readonly unknown[],
    /** What GetType() names: pwsh's enumerator for a range (1..3) or any other collection. */
    readonly typeName: string,
  ) {}

  MoveNext(): boolean {
    if (this.#index < this.items.length) this.#index++;
    return this.#index < this.items.length;
  }

  /** The current item; past the end, the last one (as pwsh's enumerators show it). */
  get Current(): unknown {
    if (this.#index < 0 || this.items.length === 0) return null;
    // An AutomationNull element (undefined, convert.ts collectedValue) stays so: `foreach ($i in , $x)` keeps it.
    return this.items[Math.min(this.#index, this.items.length - 1)];
  }

  /** The items not read yet, read now (what a pipeline gets from an enumerator). */
  remaining(): unknown[] {
    const rest = this.items.slice(this.#index + 1);
    this.#index = this.items.length;
    return rest;
  }

  Reset(): void {
    this.#index = -1;
  }

  /** A property a script reads: `$foreach.Current`. */
  member(name: string): unknown {
    return name.toLowerCase() === 'current' ? this.Current : undefined;
  }

  /** A method a script calls; undefined when there is no such method. */
  call(name: string, args: readonly unknown[]): { value: unknown } | undefined {
    if (args.length) return undefined;
    switch (name.toLowerCase()) {
      case 'movenext':
        return { value: this.MoveNext() };
      case 'reset':
        this.Reset();
        return { value: undefined };
      default:
        return undefined;
    }
  }

  toString(): string {
    return this.typeName;
  }
}
