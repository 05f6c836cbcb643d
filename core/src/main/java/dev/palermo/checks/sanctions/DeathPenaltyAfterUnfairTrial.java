package dev.palermo.checks.sanctions;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Prosecution;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A death sentence passed on a person whose trial was not fair. "Where trial procedures do lead to
 * the imposition of the death penalty it is imperative that they are based on the right to a fair
 * trial (as per article 14 of the ICCPR ...). A death penalty that is imposed following a trial
 * that is not fair, constitutes a violation of the right to life (ICCPR, Article 6)"
 * (seeds/004_a416d8ba61ae2dbe.txt:786). For each sentence whose {@code penalty} is
 * {@code death-penalty}, the check reads the person's prosecutions: a guarantee known to have
 * failed (ICCPR art. 14, CAT art. 15) is a finding at that prosecution's field; no prosecution
 * recorded, or a guarantee unknown with none failed, is "cannot tell". A sentence whose penalty is
 * unknown is "cannot tell" at {@code penalty}.
 *
 * <p>Message arguments: {@code {0}} the day of the sentence, {@code {1}} the field. Code
 * PAL-C-0404. Cites {@code iccpr-6-2}, {@code iccpr-14-1}. Immutable and thread-safe.
 */
public final class DeathPenaltyAfterUnfairTrial extends AbstractCheck {
  /** Creates the check. */
  public DeathPenaltyAfterUnfairTrial() {
    super("death-penalty-after-unfair-trial", "PAL-C-0404", Stage.PROCEEDINGS,
        List.of("iccpr-6-2", "iccpr-14-1"),
        List.of("events[sentence].penalty", "events[prosecution]"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Sentence> s : ctx.events(Sentence.class)) {
      LocalDate day = ctx.dayOf(s);
      if (s.event().penalty().isEmpty()) {
        out.add(cannotTell(s.at("penalty"), day.toString(), "penalty"));
        continue;
      }
      if (s.event().penalty().get() != PenaltyKind.DEATH_PENALTY) {
        continue;
      }
      List<Located<Prosecution>> trials = ctx.events(Prosecution.class, s.event().person());
      if (trials.isEmpty()) {
        out.add(cannotTell(s.path(), day.toString(), "prosecution"));
        continue;
      }
      Problem unknown = null;
      Problem failed = null;
      for (Located<Prosecution> t : trials) {
        for (Map.Entry<String, Truth> g : FairTrial.guarantees(t.event()).entrySet()) {
          if (g.getValue().isFalse() && failed == null) {
            failed = finding(ctx.profileOn(day), t.at(g.getKey()), day.toString(), g.getKey());
          } else if (!g.getValue().isKnown() && unknown == null) {
            unknown = cannotTell(t.at(g.getKey()), day.toString(), g.getKey());
          }
        }
      }
      if (failed != null) {
        out.add(failed);
      } else if (unknown != null) {
        out.add(unknown);
      }
    }
    return out;
  }
}
