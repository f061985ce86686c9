/**
 * The numeric drift test the project shipped before the sitting-capped CUSUM (issue 14), kept ONLY so bench #7
 * can run it beside the new one on the same streams: the window mean against the reference,
 * z = (m − μ)/√(V_w + V_r), drift after |z| > 3 on 3 consecutive tested signals. It plugs into the same
 * aggregator (window, reference, cooldown and re-seed are shared), so the two differ only in the test.
 */
import { numericMoments, type NumericDetector } from "@/lib/personality/aggregator";
import { DRIFT } from "@/lib/personality/drift";

const Z_THRESHOLD = 3;

export const windowZDetector: NumericDetector = (s, _x, { cooling, testable }) => {
  if (cooling || !testable) {
    // A cooling signal breaks the run; an untested one neither extends nor breaks it.
    if (cooling) s.run = 0;
    return { drift: false, z: null, flag: null };
  }
  const mo = numericMoments(s);
  const z = (mo.m - mo.mu) / Math.sqrt(mo.vWindow + mo.vReference);
  s.run = Math.abs(z) > Z_THRESHOLD ? s.run + 1 : 0;
  if (s.run < DRIFT.runLength) return { drift: false, z, flag: null };
  s.run = 0;
  return { drift: true, z, flag: null };
};
