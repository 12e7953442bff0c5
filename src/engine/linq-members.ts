// Get-Member's rows for LINQ's results (`Get-Member -InputObject $r`, `,$r | Get-Member`), recorded from
// pwsh 7.6.10 with Guid elements (and Version for a second type argument) and written here with {T1}/{T2}
// for those types as PowerShell writes them (`int`, `string`) and {T1Q}/{T2Q} for their assembly-qualified
// names. Data only, loaded when Get-Member first lists such a result.

import { genericFullName, powershellTypeText } from './generic-types.js';
import { lazy } from './lazy.js';

type Row = readonly [name: string, memberType: string, definition: string];

const POOL = lazy((): readonly Row[] => [
  ["Contains", "Method", "bool Contains({T1} value)"],
  ["Dispose", "Method", "void Dispose(), void IDisposable.Dispose()"],
  ["Equals", "Method", "bool Equals(System.Object obj)"],
  ["GetCount", "Method", "int GetCount(bool onlyIfCheap)"],
  ["GetEnumerator", "Method", "System.Linq.Enumerable+Iterator`1[[{T1Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a GetEnumerator(), System.Collections.Generic.IEnumerator[{T1}] IEnumerable[{T1}].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"],
  ["GetHashCode", "Method", "int GetHashCode()"],
  ["GetType", "Method", "type GetType()"],
  ["MoveNext", "Method", "bool MoveNext(), bool IEnumerator.MoveNext()"],
  ["Reset", "Method", "void IEnumerator.Reset()"],
  ["Select", "Method", "System.Collections.Generic.IEnumerable[TResult] Select[TResult](System.Func[{T1},TResult] selector)"],
  ["Skip", "Method", "System.Linq.Enumerable+Iterator`1[[{T1Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a Skip(int count)"],
  ["Take", "Method", "System.Linq.Enumerable+Iterator`1[[{T1Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a Take(int count)"],
  ["ToArray", "Method", "{T1}[] ToArray()"],
  ["ToList", "Method", "System.Collections.Generic.List[{T1}] ToList()"],
  ["ToString", "Method", "string ToString()"],
  ["TryGetElementAt", "Method", "{T1} TryGetElementAt(int index, [ref] bool found)"],
  ["TryGetFirst", "Method", "{T1} TryGetFirst([ref] bool found)"],
  ["TryGetLast", "Method", "{T1} TryGetLast([ref] bool found)"],
  ["Where", "Method", "System.Collections.Generic.IEnumerable[{T1}] Where(System.Func[{T1},bool] predicate)"],
  ["Current", "Property", "{T1} Current {get;}"],
  ["Contains", "Method", "bool Contains({T2} value)"],
  ["GetEnumerator", "Method", "System.Linq.Enumerable+Iterator`1[[{T2Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a GetEnumerator(), System.Collections.Generic.IEnumerator[{T2}] IEnumerable[{T2}].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"],
  ["Select", "Method", "System.Collections.Generic.IEnumerable[TResult2] Select[TResult2](System.Func[{T2},TResult2] selector)"],
  ["Skip", "Method", "System.Linq.Enumerable+Iterator`1[[{T2Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a Skip(int count)"],
  ["Take", "Method", "System.Linq.Enumerable+Iterator`1[[{T2Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a Take(int count)"],
  ["ToArray", "Method", "{T2}[] ToArray()"],
  ["ToList", "Method", "System.Collections.Generic.List[{T2}] ToList()"],
  ["TryGetElementAt", "Method", "{T2} TryGetElementAt(int index, [ref] bool found)"],
  ["TryGetFirst", "Method", "{T2} TryGetFirst([ref] bool found)"],
  ["TryGetLast", "Method", "{T2} TryGetLast([ref] bool found)"],
  ["Where", "Method", "System.Collections.Generic.IEnumerable[{T2}] Where(System.Func[{T2},bool] predicate)"],
  ["Current", "Property", "{T2} Current {get;}"],
  ["Add", "Method", "void ICollection[{T1}].Add({T1} item)"],
  ["Clear", "Method", "void ICollection[{T1}].Clear()"],
  ["Contains", "Method", "bool Contains({T1} item), bool ICollection[{T1}].Contains({T1} item)"],
  ["CopyTo", "Method", "void CopyTo({T1}[] array, int arrayIndex), void ICollection[{T1}].CopyTo({T1}[] array, int arrayIndex)"],
  ["IndexOf", "Method", "int IndexOf({T1} item), int IList[{T1}].IndexOf({T1} item)"],
  ["Insert", "Method", "void IList[{T1}].Insert(int index, {T1} item)"],
  ["Remove", "Method", "bool ICollection[{T1}].Remove({T1} item)"],
  ["RemoveAt", "Method", "void IList[{T1}].RemoveAt(int index)"],
  ["Item", "ParameterizedProperty", "{T1} Item(int index) {get;set;}"],
  ["Count", "Property", "int Count {get;}"],
  ["IsReadOnly", "Property", "bool IsReadOnly {get;}"],
  ["Dispose", "Method", "void IDisposable.Dispose()"],
  ["GetEnumerator", "Method", "System.Collections.Generic.IEnumerator[{T1}] IEnumerable[{T1}].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"],
  ["MoveNext", "Method", "bool IEnumerator.MoveNext()"],
  ["<>3__endIndex", "Property", "int <>3__endIndex {get;set;}"],
  ["<>3__isEndIndexFromEnd", "Property", "bool <>3__isEndIndexFromEnd {get;set;}"],
  ["<>3__isStartIndexFromEnd", "Property", "bool <>3__isStartIndexFromEnd {get;set;}"],
  ["<>3__source", "Property", "System.Collections.Generic.IEnumerable[{T1}] <>3__source {get;set;}"],
  ["<>3__startIndex", "Property", "int <>3__startIndex {get;set;}"],
  ["<>3__predicate", "Property", "System.Func[{T1},bool] <>3__predicate {get;set;}"],
  ["<>3__comparer", "Property", "System.Collections.Generic.IEqualityComparer[{T1}] <>3__comparer {get;set;}"],
  ["<>3__first", "Property", "System.Collections.Generic.IEnumerable[{T1}] <>3__first {get;set;}"],
  ["<>3__second", "Property", "System.Collections.Generic.IEnumerable[{T1}] <>3__second {get;set;}"],
  ["GetEnumerator", "Method", "System.Collections.Generic.IEnumerator[{T1}[]] IEnumerable[{T1}[]].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"],
  ["<>3__size", "Property", "int <>3__size {get;set;}"],
  ["<>3__source", "Property", "{T1}[] <>3__source {get;set;}"],
  ["Current", "Property", "{T1}[] Current {get;}"],
  ["CreateOrderedEnumerable", "Method", "System.Linq.IOrderedEnumerable[{T1}] IOrderedEnumerable[{T1}].CreateOrderedEnumerable[TKey](System.Func[{T1},TKey] keySelector, System.Collections.Generic.IComparer[TKey] comparer, bool descending)"],
  ["TryGetLast", "Method", "{T1} TryGetLast([ref] bool found), {T1} TryGetLast(System.Func[{T1},bool] predicate, [ref] bool found), {T1} TryGetLast(int minIdx, int maxIdx, [ref] bool found)"],
  ["Contains", "Method", "bool Contains(System.Linq.IGrouping[{T2},{T1}] value)"],
  ["GetEnumerator", "Method", "System.Linq.Enumerable+Iterator`1[[System.Linq.IGrouping`2[[{T2Q}],[{T1Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a GetEnumerator(), System.Collections.Generic.IEnumerator[System.Linq.IGrouping[{T2},{T1}]] IEnumerable[IGrouping[{T2},{T1}]].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"],
  ["Select", "Method", "System.Collections.Generic.IEnumerable[TResult] Select[TResult](System.Func[System.Linq.IGrouping[{T2},{T1}],TResult] selector)"],
  ["Skip", "Method", "System.Linq.Enumerable+Iterator`1[[System.Linq.IGrouping`2[[{T2Q}],[{T1Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a Skip(int count)"],
  ["Take", "Method", "System.Linq.Enumerable+Iterator`1[[System.Linq.IGrouping`2[[{T2Q}],[{T1Q}]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a]], System.Linq, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a Take(int count)"],
  ["ToArray", "Method", "System.Linq.IGrouping[{T2},{T1}][] ToArray()"],
  ["ToList", "Method", "System.Collections.Generic.List[System.Linq.IGrouping[{T2},{T1}]] ToList()"],
  ["TryGetElementAt", "Method", "System.Linq.IGrouping[{T2},{T1}] TryGetElementAt(int index, [ref] bool found)"],
  ["TryGetFirst", "Method", "System.Linq.IGrouping[{T2},{T1}] TryGetFirst([ref] bool found)"],
  ["TryGetLast", "Method", "System.Linq.IGrouping[{T2},{T1}] TryGetLast([ref] bool found)"],
  ["Where", "Method", "System.Collections.Generic.IEnumerable[System.Linq.IGrouping[{T2},{T1}]] Where(System.Func[System.Linq.IGrouping[{T2},{T1}],bool] predicate)"],
  ["Current", "Property", "System.Linq.IGrouping[{T2},{T1}] Current {get;}"],
  ["Select", "Method", "System.Collections.Generic.IEnumerable[TResult] Select[TResult](System.Func[{T2},TResult] selector)"],
  ["Contains", "Method", "bool ICollection[{T1}].Contains({T1} item)"],
  ["CopyTo", "Method", "void ICollection[{T1}].CopyTo({T1}[] array, int arrayIndex)"],
  ["GetEnumerator", "Method", "System.Collections.Generic.IEnumerator[{T1}] GetEnumerator(), System.Collections.Generic.IEnumerator[{T1}] IEnumerable[{T1}].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"],
  ["IndexOf", "Method", "int IList[{T1}].IndexOf({T1} item)"],
  ["Item", "ParameterizedProperty", "{T1} IList[{T1}].Item(int index) {get;set;}"],
  ["Key", "Property", "{T2} Key {get;}"],
]);

/** Each iterator type's rows (by its name without arity), as indexes into POOL, in Get-Member's order. */
const TYPES = lazy((): Readonly<Record<string, readonly number[]>> => ({
  "ArrayWhereIterator": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "ListWhereIterator": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "IEnumerableWhereIterator": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "ArraySelectIterator": [20, 1, 2, 3, 21, 5, 6, 7, 8, 22, 23, 24, 25, 26, 14, 27, 28, 29, 30, 31],
  "ListSelectIterator": [20, 1, 2, 3, 21, 5, 6, 7, 8, 22, 23, 24, 25, 26, 14, 27, 28, 29, 30, 31],
  "DistinctIterator": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "IListSkipTakeIterator": [32, 33, 34, 35, 1, 2, 3, 4, 5, 6, 36, 37, 7, 38, 39, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 40, 41, 19, 42],
  "<TakeRangeFromEndIterator>d__316": [43, 2, 44, 5, 6, 45, 8, 14, 46, 47, 48, 49, 50, 19],
  "<TakeWhileIterator>d__318": [43, 2, 44, 5, 6, 45, 8, 14, 51, 49, 19],
  "<SkipWhileIterator>d__281": [43, 2, 44, 5, 6, 45, 8, 14, 51, 49, 19],
  "ReverseIterator": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "Concat2Iterator": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "UnionIterator2": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  "<IntersectIterator>d__121": [43, 2, 44, 5, 6, 45, 8, 14, 52, 53, 54, 19],
  "<ExceptIterator>d__88": [43, 2, 44, 5, 6, 45, 8, 14, 52, 53, 54, 19],
  "<ArrayChunkIterator>d__39": [43, 2, 55, 5, 6, 45, 8, 14, 56, 57, 58],
  "OrderedIterator": [0, 59, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 60, 18, 19],
  "GroupByIterator": [61, 1, 2, 3, 62, 5, 6, 7, 8, 63, 64, 65, 66, 67, 14, 68, 69, 70, 71, 72],
  "RepeatIterator": [32, 33, 34, 35, 1, 2, 3, 4, 5, 6, 36, 37, 7, 38, 39, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 40, 41, 19, 42],
  "SelectManySingleSelectorIterator": [20, 1, 2, 3, 21, 5, 6, 7, 8, 73, 23, 24, 25, 26, 14, 27, 28, 29, 30, 31],
  "Grouping": [32, 33, 74, 75, 2, 76, 5, 6, 77, 37, 38, 39, 14, 78, 41, 42, 79],
}));

/** Iterators pwsh makes that were not recorded: the rows of the one they are made like. */
const LIKE: Readonly<Record<string, string>> = {
  RangeIterator: 'RepeatIterator',
  RangeSelectIterator: 'ArraySelectIterator',
  IListSelectIterator: 'ArraySelectIterator',
  IEnumerableSelectIterator: 'ArraySelectIterator',
};

/** A type argument's assembly-qualified name, as it stands inside `[[…]]`. */
const qualified = (type: string) => genericFullName('X', [type]).slice(3, -2);

/**
 * The rows of a LINQ result of .NET type `fullName` with these type arguments; undefined for a type not
 * recorded. A Grouping's arguments are (TKey, TElement), the recording's (Version, Guid).
 */
export function linqMemberRows(fullName: string, typeArgs: readonly string[]): readonly Row[] | undefined {
  const name = /^System\.Linq\.(?:Enumerable\+)?([^`]+)`/.exec(fullName)?.[1];
  if (name === undefined) return undefined;
  const indexes = TYPES()[name] ?? TYPES()[LIKE[name] ?? ''];
  if (!indexes) return undefined;
  const [t1, t2] = name === 'Grouping' ? [typeArgs[1]!, typeArgs[0]!] : [typeArgs[0]!, typeArgs[1] ?? typeArgs[0]!];
  const fill = (text: string) =>
    text.replace(/\{T1Q\}/g, qualified(t1)).replace(/\{T2Q\}/g, qualified(t2)).replace(/\{T1\}/g, powershellTypeText(t1)).replace(/\{T2\}/g, powershellTypeText(t2));
  return indexes.map((i) => {
    const [n, kind, definition] = POOL()[i]!;
    return [n, kind, fill(definition)] as const;
  });
}
