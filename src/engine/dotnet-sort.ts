// .NET's Array.Sort / List<T>.Sort (ArraySortHelper<T>.IntrospectiveSort in .NET Core): insertion sort up
// to 16 items, median-of-three quicksort above, heapsort past the depth limit. It is not stable, and
// PowerShell's Sort-Object (without -Stable, -Top or -Bottom) shows its order of equal objects:
// `'b','B','a' | Sort-Object` is a, B, b. Sorting with it gives the same order as pwsh for the same
// comparisons; JavaScript's own sort is stable and would not.

const SIZE_THRESHOLD = 16;

/** Sorts `items` in place as .NET does with this comparison. */
export function introSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length < 2) return;
  sortRange(items, 0, items.length, 2 * (Math.floor(Math.log2(items.length)) + 1), compare);
}

function sortRange<T>(a: T[], start: number, end: number, depthLimit: number, compare: (x: T, y: T) => number): void {
  let size = end - start;
  while (size > 1) {
    if (size <= SIZE_THRESHOLD) {
      if (size === 2) {
        swapIfGreater(a, start, start + 1, compare);
        return;
      }
      if (size === 3) {
        swapIfGreater(a, start, start + 1, compare);
        swapIfGreater(a, start, start + 2, compare);
        swapIfGreater(a, start + 1, start + 2, compare);
        return;
      }
      insertionSort(a, start, start + size, compare);
      return;
    }
    if (depthLimit === 0) {
      heapSort(a, start, start + size, compare);
      return;
    }
    depthLimit--;
    const pivot = pickPivotAndPartition(a, start, start + size, compare);
    sortRange(a, pivot + 1, start + size, depthLimit, compare);
    size = pivot - start;
  }
}

function swap<T>(a: T[], i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

function swapIfGreater<T>(a: T[], i: number, j: number, compare: (x: T, y: T) => number): void {
  if (compare(a[i]!, a[j]!) > 0) swap(a, i, j);
}

function insertionSort<T>(a: T[], start: number, end: number, compare: (x: T, y: T) => number): void {
  for (let i = start; i < end - 1; i++) {
    const t = a[i + 1]!;
    let j = i;
    while (j >= start && compare(t, a[j]!) < 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = t;
  }
}

function pickPivotAndPartition<T>(a: T[], start: number, end: number, compare: (x: T, y: T) => number): number {
  const hi = end - 1;
  const middle = start + ((hi - start) >> 1);
  swapIfGreater(a, start, middle, compare);
  swapIfGreater(a, start, hi, compare);
  swapIfGreater(a, middle, hi, compare);
  const pivot = a[middle]!;
  swap(a, middle, hi - 1);
  let left = start;
  let right = hi - 1;
  while (left < right) {
    while (compare(a[++left]!, pivot) < 0);
    while (compare(pivot, a[--right]!) < 0);
    if (left >= right) break;
    swap(a, left, right);
  }
  if (left !== hi - 1) swap(a, left, hi - 1);
  return left;
}

function heapSort<T>(a: T[], start: number, end: number, compare: (x: T, y: T) => number): void {
  const n = end - start;
  for (let i = n >> 1; i >= 1; i--) downHeap(a, start, i, n, compare);
  for (let i = n; i > 1; i--) {
    swap(a, start, start + i - 1);
    downHeap(a, start, 1, i - 1, compare);
  }
}

function downHeap<T>(a: T[], start: number, i: number, n: number, compare: (x: T, y: T) => number): void {
  const d = a[start + i - 1]!;
  while (i <= n >> 1) {
    let child = 2 * i;
    if (child < n && compare(a[start + child - 1]!, a[start + child]!) < 0) child++;
    if (!(compare(d, a[start + child - 1]!) < 0)) break;
    a[start + i - 1] = a[start + child - 1]!;
    i = child;
  }
  a[start + i - 1] = d;
}
