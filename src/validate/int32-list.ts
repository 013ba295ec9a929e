/**
 * A growable list of 32-bit integers, for what a part's outcome posts per record: typed arrays
 * instead of arrays of numbers, which a part of many records made the garbage collector hold.
 * Reusable: `take` copies what was pushed and empties the list.
 */
export class Int32List {
  private array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Int32Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  /** A copy of what was pushed (to post with an outcome); empties the list. */
  take(): Int32Array<ArrayBuffer> {
    const copy = this.array.slice(0, this.length);
    this.length = 0;
    return copy;
  }
}
