/**
 * The State-level assessment (issue "Criminal justice safeguards", section "State-level
 * assessment"): a small model of a State's response to trafficking over a period
 * ({@link dev.palermo.state.StateResponse}, with the {@link dev.palermo.state.Investigation}s
 * reviewed) and the due-diligence test of seeds/000_4ef45050c65d0a55.txt lines 289-327 and
 * 447-449 ({@link dev.palermo.state.DueDiligence}), reported as findings with stable codes
 * {@code PAL-D-nnnn}, citations and remedies, in the same {@link dev.palermo.report.Report} as
 * the case checks. Unknown facts give {@link dev.palermo.report.Severity#CANNOT_TELL}, never a
 * silent pass.
 */
package dev.palermo.state;
