/** The last value computed, kept while its inputs stay the same (compared by identity). */
export class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    const last = this.inputs;
    if (!last || last.length !== inputs.length || inputs.some((v, i) => !Object.is(v, last[i]))) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}
