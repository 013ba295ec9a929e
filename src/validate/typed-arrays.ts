/** Typed arrays that grow: numbers held where arrays of numbers would burden the garbage collector. */

type Growable = Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/** The array, or a copy of it at least twice as long when it holds fewer than `length` numbers. */
export const grown = <T extends Growable>(array: T, length: number): T => {
  if (length <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
};

/** A growable, reusable list of 32-bit integers. */
export class Int32List {
  private array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    this.array = grown(this.array, this.length + 1);
    this.array[this.length++] = value;
  }

  /** A copy of what was pushed; empties the list. */
  take(): Int32Array<ArrayBuffer> {
    const copy = this.array.slice(0, this.length);
    this.length = 0;
    return copy;
  }
}
