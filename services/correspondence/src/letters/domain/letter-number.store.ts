/** Port: what the use cases need of the store; `LetterNumberRepository` implements it. */
export abstract class LetterNumberStore {
  /**
   * The letter's number in the commune's register for the year: the one it already holds, or
   * the next free one. Concurrent claims race on the unique id; the loser tries the next number.
   * The cost is a few point reads whatever the size of the register.
   */
  abstract claim(
    communeCode: string,
    year: number,
    letterId: string,
    at: Date,
  ): Promise<{ number: number; year: number }>;
}
