import { measureWordSyncs } from "../../scripts/bench/wordSyncs";

jest.setTimeout(180_000);

/**
 * Round trips per action must not grow with the document: the reference
 * form and one 50× larger (narratives 50×, every list and table 50× the
 * rows) cost the same few syncs (officejs-facts §6: every sync is a round
 * trip, over the internet on Word on the web).
 */
describe("context.sync() round trips per action", () => {
  // WordApi 1.3 changes only where marks are recorded (no comments, Common API settings): 10× is enough there.
  it.each([["1.4", 50], ["1.3", 10]] as const)("are at most 3 and the same for a larger form (WordApi %s, %i×)", async (apiVersion, times) => {
    const counts = await measureWordSyncs({ apiVersion }, times);
    for (const { reference, large } of Object.values(counts)) {
      expect(reference).toBeLessThanOrEqual(3);
      expect(large).toBe(reference);
    }
    expect(counts).toEqual({
      read: { reference: 1, large: 1 },
      fill: { reference: 3, large: 3 },
      mark: { reference: 2, large: 2 },
      clear: { reference: 2, large: 2 },
      select: { reference: 2, large: 2 },
    });
  });
});
