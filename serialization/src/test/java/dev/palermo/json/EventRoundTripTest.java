package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.events.AgeDetermination;
import dev.palermo.events.Assistance;
import dev.palermo.events.Charge;
import dev.palermo.events.DataDisclosure;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.Identification;
import dev.palermo.events.Interview;
import dev.palermo.events.Participation;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ResidencePermit;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.PersonId;
import dev.palermo.testkit.PalermoGenerators;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * The JSON form of case events: {@code read(write(e))} equals {@code e} for every event type,
 * the form covers every attribute of every event type, and the written form is the documented
 * one.
 */
class EventRoundTripTest {
  private static final long SEED = 20_260_612L;

  /** Every event type of the SDK with its generator. */
  private static final Map<Class<? extends CaseEvent>, Gen<? extends CaseEvent>> TYPES =
      Map.ofEntries(
          Map.entry(Identification.class, PalermoGenerators.identification()),
          Map.entry(AgeDetermination.class, PalermoGenerators.ageDetermination()),
          Map.entry(GuardianAppointment.class, PalermoGenerators.guardianAppointment()),
          Map.entry(Assistance.class, PalermoGenerators.assistance()),
          Map.entry(Detention.class, PalermoGenerators.detention()),
          Map.entry(ReflectionPeriod.class, PalermoGenerators.reflectionPeriod()),
          Map.entry(ResidencePermit.class, PalermoGenerators.residencePermit()),
          Map.entry(Charge.class, PalermoGenerators.charge()),
          Map.entry(ReturnDecision.class, PalermoGenerators.returnDecision()),
          Map.entry(Participation.class, PalermoGenerators.participation()),
          Map.entry(Interview.class, PalermoGenerators.interview()),
          Map.entry(DataDisclosure.class, PalermoGenerators.dataDisclosure()),
          Map.entry(dev.palermo.events.Prosecution.class, PalermoGenerators.prosecution()),
          Map.entry(dev.palermo.events.Sentence.class, PalermoGenerators.sentence()),
          Map.entry(dev.palermo.events.CooperationRequest.class,
              PalermoGenerators.cooperationRequest()),
          Map.entry(dev.palermo.events.AssetRecovery.class, PalermoGenerators.assetRecovery()));

  @TestFactory
  Stream<DynamicTest> everyEventTypeRoundTrips() {
    return TYPES.entrySet().stream().sorted(Map.Entry.comparingByKey(
            (a, b) -> a.getSimpleName().compareTo(b.getSimpleName())))
        .map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(), () ->
            qt().withFixedSeed(SEED).withExamples(200).forAll(e.getValue())
                .checkAssert(event -> {
                  assertThat(event).isInstanceOf(e.getKey());
                  assertThat(RoundTripTest.roundTrip(event, CaseEvent.class))
                      .isEqualTo(event);
                })));
  }

  @Test
  void casesWithEventsRoundTrip() {
    qt().withFixedSeed(SEED).withExamples(150).forAll(PalermoGenerators.casesWithEvents())
        .checkAssert(c -> {
          assertThat(c.events()).isNotEmpty();
          assertThat(RoundTripTest.roundTrip(c, Case.class)).isEqualTo(c);
        });
  }

  @Test
  void everyEventTypeHasAForm() {
    assertThat(EventForms.ALL).extracting(f -> (Object) f.type())
        .containsExactlyInAnyOrderElementsOf(TYPES.keySet());
  }

  /**
   * Fails when someone adds an attribute to an event type without adding its line to
   * {@link EventForms}: the attributes are the instance fields of the generated implementation.
   */
  @TestFactory
  Stream<DynamicTest> everyAttributeOfEveryEventHasAJsonForm() {
    return EventForms.ALL.stream().map(form -> DynamicTest.dynamicTest(form.kind(), () -> {
      Class<?> impl = Class.forName(form.type().getPackageName() + ".Immutable"
          + form.type().getSimpleName());
      List<String> attributes = new ArrayList<>();
      for (Field f : impl.getDeclaredFields()) {
        int m = f.getModifiers();
        if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
          attributes.add(f.getName());
        }
      }
      List<String> mapped = new ArrayList<>(form.propertyNames());
      mapped.remove("event");
      assertThat(mapped).as("the JSON form of %s (EventForms)", form.type().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(attributes);
    }));
  }

  @Test
  void theDocumentedForm() {
    Detention d = Detention.builder().person(PersonId.of("V1"))
        .when(DateSpan.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 9)))
        .type(DetentionKind.IMMIGRATION_DETENTION)
        .reasons(FactSet.only(DetentionReason.IMMIGRATION_STATUS))
        .routinePolicy(Truth.TRUE)
        .judicialReview(Truth.FALSE)
        .build();
    String json = "{\"event\":\"detention\",\"person\":\"V1\",\"when\":{\"start\":\"2024-03-01\","
        + "\"end\":\"2024-03-09\"},\"type\":\"immigration-detention\",\"reasons\":{\"true\":"
        + "[\"immigration-status\"],\"others\":\"false\"},\"routinePolicy\":\"true\","
        + "\"judicialReview\":\"false\"}";
    assertThat(PalermoJson.write(d)).isEqualTo(json);
    assertThat(PalermoJson.reader().read(json, CaseEvent.class).orElseThrow()).isEqualTo(d);
    Case c = Case.builder().id("c1").addEvents(d, ReflectionPeriod.builder()
        .person(PersonId.of("V1")).build()).build();
    assertThat(PalermoJson.write(c)).isEqualTo("{\"id\":\"c1\",\"events\":[" + json
        + ",{\"event\":\"reflection-period\",\"person\":\"V1\"}]}");
  }

  @Test
  void unknownFactsAndAbsentValuesAreLeftOut() {
    Detention d = Detention.builder().person(PersonId.of("V1"))
        .type(DetentionKind.PRISON).build();
    assertThat(PalermoJson.write(d))
        .isEqualTo("{\"event\":\"detention\",\"person\":\"V1\",\"type\":\"prison\"}");
  }
}
