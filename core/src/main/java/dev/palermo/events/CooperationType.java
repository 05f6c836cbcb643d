package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;
import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of international cooperation request in criminal matters: extradition; each common type
 * of mutual legal assistance listed at seeds/000_4ef45050c65d0a55.txt:557 (see also
 * seeds/001_ab6577e9586ed171.txt:148); transfer of proceedings (UNTOC art. 21,
 * seeds/001_ab6577e9586ed171.txt:238, 248); joint investigation teams (UNTOC art. 19,
 * seeds/000_4ef45050c65d0a55.txt:585; seeds/001_ab6577e9586ed171.txt:150); informal police
 * cooperation (seeds/000_4ef45050c65d0a55.txt:583-585; seeds/001_ab6577e9586ed171.txt:152);
 * and video-link testimony (UNTOC art. 18(18), seeds/001_ab6577e9586ed171.txt:244).
 *
 * <p>The seed's mutual legal assistance item "transfer of proceedings/investigation/prisoners"
 * is split: the transfer of proceedings is {@link #TRANSFER_OF_PROCEEDINGS}, the rest is
 * {@link #MLA_TRANSFER_OF_INVESTIGATION_OR_PRISONERS}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum CooperationType implements Code {
  /** Extradition: a State asks another to surrender a person to face charges or punishment. */
  EXTRADITION("extradition", "Extradition", Instrument.SEED_000, "521"),
  /** Mutual legal assistance: taking evidence or statements from persons. */
  MLA_TAKING_EVIDENCE("mla-taking-evidence", "Taking evidence or statements from persons"),
  /** Mutual legal assistance: locating and identifying witnesses and suspects. */
  MLA_LOCATING_PERSONS("mla-locating-persons", "Locating and identifying witnesses and suspects"),
  /** Mutual legal assistance: effecting service of judicial documents. */
  MLA_SERVICE_OF_DOCUMENTS("mla-service-of-documents", "Effecting service of judicial documents"),
  /** Mutual legal assistance: executing searches and seizures. */
  MLA_SEARCH_AND_SEIZURE("mla-search-and-seizure", "Executing searches and seizures"),
  /** Mutual legal assistance: freezing assets. */
  MLA_FREEZING_ASSETS("mla-freezing-assets", "Freezing assets"),
  /** Mutual legal assistance: providing originals or certified copies of documents and records. */
  MLA_DOCUMENTS_AND_RECORDS("mla-documents-and-records",
      "Providing originals or certified copies of relevant documents and records"),
  /** Mutual legal assistance: identifying or tracing proceeds of crime. */
  MLA_TRACING_PROCEEDS("mla-tracing-proceeds", "Identifying or tracing proceeds of crime"),
  /** Mutual legal assistance: facilitating the voluntary appearance of persons. */
  MLA_VOLUNTARY_APPEARANCE("mla-voluntary-appearance",
      "Facilitating the voluntary appearance of persons in the requesting State"),
  /** Mutual legal assistance: transfer of an investigation or of prisoners. */
  MLA_TRANSFER_OF_INVESTIGATION_OR_PRISONERS("mla-transfer-of-investigation-or-prisoners",
      "Transfer of an investigation or of prisoners"),
  /** Mutual legal assistance: transfer of prisoners to give evidence. */
  MLA_PRISONER_TO_GIVE_EVIDENCE("mla-prisoner-to-give-evidence",
      "Transfer of prisoners to give evidence"),
  /** Mutual legal assistance: video recording of testimony. */
  MLA_VIDEO_RECORDING("mla-video-recording", "Video recording of testimony"),
  /** Transfer of criminal proceedings to the best-placed State (UNTOC art. 21). */
  TRANSFER_OF_PROCEEDINGS("transfer-of-proceedings", "Transfer of criminal proceedings",
      Instrument.UNTOC, "21"),
  /** A joint investigation team (UNTOC art. 19). */
  JOINT_INVESTIGATION_TEAM("joint-investigation-team", "Joint investigation team",
      Instrument.UNTOC, "19"),
  /** Informal police-to-police cooperation. */
  INFORMAL_POLICE_COOPERATION("informal-police-cooperation", "Informal police cooperation",
      Instrument.SEED_000, "583"),
  /** Testimony by video link from another State (UNTOC art. 18(18)). */
  VIDEO_LINK_TESTIMONY("video-link-testimony", "Testimony by video link", Instrument.UNTOC,
      "18(18)");

  private static final Set<CooperationType> MLA = EnumSet.range(MLA_TAKING_EVIDENCE,
      MLA_VIDEO_RECORDING);

  private final String code;
  private final String label;
  private final Provision source;

  CooperationType(String code, String label) {
    this(code, label, Instrument.SEED_000, "557");
  }

  CooperationType(String code, String label, Instrument instrument, String pinpoint) {
    this.code = code;
    this.label = label;
    this.source = Provision.of(instrument, pinpoint);
  }

  /** @return whether this is one of the types of mutual legal assistance of seeds/000 line 557 */
  public boolean isMutualLegalAssistance() {
    return MLA.contains(this);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Provision definedBy() {
    return source;
  }
}
