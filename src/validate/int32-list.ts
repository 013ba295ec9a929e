/** A growable, reusable list of 32-bit integers: one typed array where an array of numbers would burden the garbage collector. */
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

  /** A copy of what was pushed; empties the list. */
  take(): Int32Array<ArrayBuffer> {
    const copy = this.array.slice(0, this.length);
    this.length = 0;
    return copy;
  }
}
