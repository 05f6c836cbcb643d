package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link TransferWithoutTransparentForum} (PAL-C-0509). */
class TransferWithoutTransparentForumTest {
  private static final TransferWithoutTransparentForum CHECK =
      new TransferWithoutTransparentForum();

  // seeds/001 line 248: "The jurisdiction must be chosen in a transparent and objective way".
  @Test
  void firesWithoutATransparentChoice() {
    assertFinding(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
            .forumChoiceTransparent(Truth.FALSE).build())),
        "PAL-C-0509", Severity.RECOMMENDATION, "/events/0/forumChoiceTransparent",
        "coop-forum-choice");
  }

  // seeds/001 line 248: transparent, refused, or not a transfer.
  @Test
  void silentWhenTransparentRefusedOrNotATransfer() {
    assertThat(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .forumChoiceTransparent(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .forumChoiceTransparent(Truth.FALSE).refused(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().forumChoiceTransparent(Truth.FALSE).build())))
        .isEmpty();
  }

  // seeds/001 line 248: unknown gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .build())), "PAL-C-0509", "/events/0/forumChoiceTransparent");
  }

  // Secretariat guidance: a recommendation even under UNTOC and the CoE Convention.
  @Test
  void guidanceIsARecommendation() {
    assertThat(severity(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS,
        SUSPECT).forumChoiceTransparent(Truth.FALSE).build()), Jurisdictions.COUNCIL_OF_EUROPE)))
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
