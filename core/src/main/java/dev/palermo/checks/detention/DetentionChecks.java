package dev.palermo.checks.detention;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The detention checks, in a stable order. Thread-safe; has no instances.
 */
public final class DetentionChecks {
  private static final List<Check> ALL = List.of(
        new RoutineDetention(),
        new LockedShelterDetention(),
        new DetentionLinkedToSex(),
        new RoutineDetentionOfChild(),
        new ChildDetentionBestInterestsNotShown(),
        new ChildDetentionAlternativeNotExcluded(),
        new ImmigrationDetentionOfChild(),
        new DetentionWithoutLegalBasis(),
        new DetentionNecessityNotShown(),
        new DetentionProportionalityNotShown(),
        new DetentionNotLastResort(),
        new DetentionWithoutJudicialReview(),
        new DetentionWithoutRightToChallenge(),
        new VictimInImmigrationDetention(),
        new ImmigrationDetentionNotLastResort(),
        new ImmigrationDetentionWithoutTimeLimit(),
        new IndefiniteDetention(),
        new DetentionForCooperation(),
        new DetentionForImmigrationStatus(),
        new ConsularInformationNotGiven());

  private DetentionChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return ALL;
  }
}
