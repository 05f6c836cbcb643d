package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.ProfilingGround;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that a decision not to screen a person, or to screen a person out, does not rest on
 * profiling by sex, nationality, route or sector.
 *
 * <p>Rule: identification must "not be based on assumptions that only women and girls, or people
 * of certain nationalities are victims", assumptions that "result in failure to identify people,
 * for instance, men or boys, or people along specific routes or in specific sectors"
 * ({@code seeds/004_a416d8ba61ae2dbe.txt:260-262}); screening interviews should avoid "potential
 * profiling biases that can mean some victims are not recognized as such" ({@code seeds/004…:296});
 * a failure to identify denies further rights (OHCHR RPG Guideline 2, {@code seeds/004…:258}).
 * Strength: soft law. Only decisions that leave a person unidentified (not screened, not a
 * victim) are judged: those are the ones the sources say profiling harms.
 *
 * <p>Immutable and thread-safe.
 */
public final class IdentificationProfiling extends AbstractCheck {
  /** Creates the check. */
  public IdentificationProfiling() {
    super("identification-profiling", "PAL-C-0005", Stage.IDENTIFICATION,
        List.of("sl-no-profiling", "rpg-g2"),
        List.of("events[identification].status", "events[identification].profilingGrounds",
            "events[identification].groundsRecorded"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Identification> i : ctx.events(Identification.class)) {
      IdentificationStatus status = i.event().status();
      if (status != IdentificationStatus.NOT_A_VICTIM
          && status != IdentificationStatus.NOT_SCREENED) {
        continue;
      }
      if (!i.event().profilingGrounds().isEmpty()) {
        String grounds = i.event().profilingGrounds().stream().sorted()
            .map(ProfilingGround::code).collect(Collectors.joining(", "));
        out.add(finding(ctx.profileOn(ctx.dayOf(i)), i.at("profilingGrounds"), status.code(),
            grounds));
      } else if (!i.event().groundsRecorded().isTrue()) {
        out.add(cannotTell(i.at("profilingGrounds"), status.code()));
      }
    }
    return out;
  }
}
