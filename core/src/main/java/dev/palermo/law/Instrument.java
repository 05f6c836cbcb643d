package dev.palermo.law;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A treaty, statute or guidance document that the SDK cites: the registry of sources behind every
 * rule. Each instrument has a stable {@linkplain #code() code}, a short name used in citations, its
 * full title, the year it was adopted and the word its pinpoints use ("art.", "s.", "Principle",
 * "para."). The built-in instruments are constants of this class and listed by {@link #builtIns()};
 * users who encode their own law create instruments with {@link #of}.
 *
 * <p>Years are those given in the legal brief ({@code ../shared/DOMAIN.md}) and the seed papers.
 * The four seed documents are instruments too, cited by line ({@code seeds/004 line 282}), so that
 * guidance found only in them can be cited.
 * Immutable and thread-safe.
 */
public final class Instrument {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Map<String, Instrument> BUILT_INS = new LinkedHashMap<>();

  /** The Trafficking in Persons Protocol (Palermo, 2000), supplementing UNTOC. */
  public static final Instrument TIP_PROTOCOL = builtIn("tip-protocol", "TIP Protocol",
      "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
          + "Children, supplementing the UN Convention against Transnational Organized Crime",
      2000, InstrumentKind.TREATY, "art.");
  /** The Protocol against the Smuggling of Migrants by Land, Sea and Air (2000). */
  public static final Instrument SMUGGLING_PROTOCOL = builtIn("smuggling-protocol",
      "Smuggling Protocol", "Protocol against the Smuggling of Migrants by Land, Sea and Air, "
          + "supplementing the UN Convention against Transnational Organized Crime",
      2000, InstrumentKind.TREATY, "art.");
  /** The UN Convention against Transnational Organized Crime (2000). */
  public static final Instrument UNTOC = builtIn("untoc", "UNTOC",
      "United Nations Convention against Transnational Organized Crime", 2000,
      InstrumentKind.TREATY, "art.");
  /** Interpretative notes for the official records of the negotiation (A/55/383/Add.1). */
  public static final Instrument INTERPRETATIVE_NOTES = builtIn("interpretative-notes",
      "Interpretative notes (A/55/383/Add.1)",
      "Interpretative notes for the official records (travaux préparatoires) of the negotiation "
          + "of the UN Convention against Transnational Organized Crime and the Protocols thereto",
      2000, InstrumentKind.GUIDANCE, "para.");
  /** UNODC Legislative Guides for the implementation of UNTOC and its Protocols (2004). */
  public static final Instrument LEGISLATIVE_GUIDE = builtIn("unodc-legislative-guide",
      "Legislative Guide", "UNODC Legislative Guides for the Implementation of the United Nations "
          + "Convention against Transnational Organized Crime and the Protocols thereto",
      2004, InstrumentKind.GUIDANCE, "para.");
  /** UNODC Model Law against Trafficking in Persons (2009). */
  public static final Instrument MODEL_LAW = builtIn("unodc-model-law", "Model Law",
      "UNODC Model Law against Trafficking in Persons", 2009, InstrumentKind.GUIDANCE, "p.");
  /** OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002). */
  public static final Instrument OHCHR_PRINCIPLES = builtIn("ohchr-rpg", "OHCHR RPG",
      "OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking "
          + "(E/2002/68/Add.1)", 2002, InstrumentKind.GUIDANCE, "");
  /** Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197). */
  public static final Instrument COE_CONVENTION = builtIn("coe-cets-197", "CoE Convention",
      "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)",
      2005, InstrumentKind.REGIONAL_TREATY, "art.");
  /** Directive 2011/36/EU on preventing and combating trafficking in human beings. */
  public static final Instrument EU_DIRECTIVE_2011_36 = builtIn("eu-directive-2011-36",
      "Directive 2011/36/EU", "Directive 2011/36/EU of the European Parliament and of the Council "
          + "on preventing and combating trafficking in human beings and protecting its victims",
      2011, InstrumentKind.EU_LAW, "art.");
  /** Directive (EU) 2024/1712 amending Directive 2011/36/EU. */
  public static final Instrument EU_DIRECTIVE_2024_1712 = builtIn("eu-directive-2024-1712",
      "Directive (EU) 2024/1712", "Directive (EU) 2024/1712 of the European Parliament and of the "
          + "Council amending Directive 2011/36/EU", 2024, InstrumentKind.EU_LAW, "art.");
  /** ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015). */
  public static final Instrument ASEAN_CONVENTION = builtIn("asean-actip", "ASEAN Convention",
      "ASEAN Convention against Trafficking in Persons, Especially Women and Children", 2015,
      InstrumentKind.REGIONAL_TREATY, "art.");
  /** SAARC Convention on trafficking in women and children for prostitution (2002). */
  public static final Instrument SAARC_CONVENTION = builtIn("saarc-convention",
      "SAARC Convention", "SAARC Convention on Preventing and Combating Trafficking in Women and "
          + "Children for Prostitution", 2002, InstrumentKind.REGIONAL_TREATY, "art.");
  /** United States Trafficking Victims Protection Act, definitions at 22 U.S.C. 7102. */
  public static final Instrument US_TVPA = builtIn("us-tvpa", "22 U.S.C.",
      "United States Trafficking Victims Protection Act of 2000, as amended (22 U.S.C. 7101 ff.)",
      2000, InstrumentKind.NATIONAL_LAW, "§");
  /** United Kingdom Modern Slavery Act 2015. */
  public static final Instrument UK_MSA = builtIn("uk-msa-2015", "Modern Slavery Act 2015",
      "Modern Slavery Act 2015 (United Kingdom)", 2015, InstrumentKind.NATIONAL_LAW, "s.");
  /** ILO Forced Labour Convention, 1930 (No. 29). */
  public static final Instrument ILO_C29 = builtIn("ilo-c029", "ILO C29",
      "ILO Forced Labour Convention, 1930 (No. 29)", 1930, InstrumentKind.TREATY, "art.");
  /** ILO Worst Forms of Child Labour Convention, 1999 (No. 182). */
  public static final Instrument ILO_C182 = builtIn("ilo-c182", "ILO C182",
      "ILO Worst Forms of Child Labour Convention, 1999 (No. 182)", 1999, InstrumentKind.TREATY,
      "art.");
  /** ILO Minimum Age Convention, 1973 (No. 138). */
  public static final Instrument ILO_C138 = builtIn("ilo-c138", "ILO C138",
      "ILO Minimum Age Convention, 1973 (No. 138)", 1973, InstrumentKind.TREATY, "art.");
  /** ILO indicators of forced labour (guidance). */
  public static final Instrument ILO_INDICATORS = builtIn("ilo-indicators", "ILO indicators",
      "ILO indicators of forced labour", 2012, InstrumentKind.GUIDANCE, "");
  /** Slavery Convention (1926). */
  public static final Instrument SLAVERY_CONVENTION = builtIn("slavery-convention-1926",
      "Slavery Convention", "Slavery Convention (Geneva, 1926)", 1926, InstrumentKind.TREATY,
      "art.");
  /** Supplementary Convention on the Abolition of Slavery (1956). */
  public static final Instrument SUPPLEMENTARY_CONVENTION = builtIn(
      "supplementary-convention-1956", "Supplementary Convention",
      "Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and "
          + "Practices Similar to Slavery", 1956, InstrumentKind.TREATY, "art.");
  /** Convention on the Rights of the Child (1989). */
  public static final Instrument CRC = builtIn("crc", "CRC",
      "Convention on the Rights of the Child", 1989, InstrumentKind.TREATY, "art.");
  /**
   * Seed document 000: A. T. Gallagher and N. Karlebach, "Prosecution of Trafficking in Persons
   * Cases: Integrating a Human Rights-Based Approach in the Administration of Criminal Justice",
   * background paper; cited by line of {@code seeds/000_4ef45050c65d0a55.txt}.
   */
  public static final Instrument SEED_000 = builtIn("seed-000", "seeds/000",
      "Gallagher and Karlebach, Prosecution of Trafficking in Persons Cases: Integrating a Human "
          + "Rights-Based Approach in the Administration of Criminal Justice (background paper)",
      0, InstrumentKind.SOURCE_DOCUMENT, "line");
  /**
   * Seed document 001: UNTOC Working Group on Trafficking in Persons, "International cooperation
   * in cases of trafficking in persons: considering the needs and rights of victims" (3 May 2018);
   * cited by line of {@code seeds/001_ab6577e9586ed171.txt}.
   */
  public static final Instrument SEED_001 = builtIn("seed-001", "seeds/001",
      "Working Group on Trafficking in Persons, International cooperation in cases of trafficking "
          + "in persons: considering the needs and rights of victims", 2018,
      InstrumentKind.SOURCE_DOCUMENT, "line");
  /**
   * Seed document 003: ICAT, "The International Legal Frameworks concerning Trafficking in
   * Persons" (Vienna, October 2012); cited by line of {@code seeds/003_d1561a5ed447703d.txt}.
   */
  public static final Instrument SEED_003 = builtIn("seed-003", "seeds/003",
      "ICAT, The International Legal Frameworks concerning Trafficking in Persons", 2012,
      InstrumentKind.SOURCE_DOCUMENT, "line");
  /**
   * Seed document 004: UNODC, "Tools to understand human rights and gender equality
   * considerations when preventing and addressing trafficking in persons and smuggling of
   * migrants", Part 1; cited by line of {@code seeds/004_a416d8ba61ae2dbe.txt}.
   */
  public static final Instrument SEED_004 = builtIn("seed-004", "seeds/004",
      "UNODC, Tools to understand human rights and gender equality considerations when preventing "
          + "and addressing trafficking in persons and smuggling of migrants (Part 1)", 0,
      InstrumentKind.SOURCE_DOCUMENT, "line");
  /** Optional Protocol to the CRC on the sale of children, child prostitution and pornography. */
  public static final Instrument OPSC = builtIn("opsc", "OPSC",
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, "
          + "child prostitution and child pornography", 2000, InstrumentKind.TREATY, "art.");
  /** International Covenant on Civil and Political Rights (1966). */
  public static final Instrument ICCPR = builtIn("iccpr", "ICCPR",
      "International Covenant on Civil and Political Rights", 1966, InstrumentKind.TREATY, "art.");
  /** Convention against Torture (1984). */
  public static final Instrument CAT = builtIn("cat", "CAT",
      "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
      1984, InstrumentKind.TREATY, "art.");
  /** Convention relating to the Status of Refugees (1951). */
  public static final Instrument REFUGEE_CONVENTION = builtIn("refugee-convention-1951",
      "Refugee Convention", "Convention relating to the Status of Refugees", 1951,
      InstrumentKind.TREATY, "art.");
  /** Customary international law, cited by the rule's name (e.g. non-refoulement). */
  public static final Instrument CUSTOMARY_LAW = builtIn("customary-law",
      "Customary international law", "Customary international law", 0,
      InstrumentKind.CUSTOMARY_LAW, "");
  /** The legal brief of this project, {@code ../shared/DOMAIN.md}: cited by section. */
  public static final Instrument PALERMO_BRIEF = builtIn("palermo-brief", "DOMAIN.md",
      "Palermo legal brief (shared/DOMAIN.md)", 2026, InstrumentKind.SOURCE_DOCUMENT, "§");

  private final String code;
  private final String shortName;
  private final String title;
  private final int year;
  private final InstrumentKind kind;
  private final String pinpointPrefix;

  private Instrument(String code, String shortName, String title, int year, InstrumentKind kind,
      String pinpointPrefix) {
    this.code = code;
    this.shortName = shortName;
    this.title = title;
    this.year = year;
    this.kind = kind;
    this.pinpointPrefix = pinpointPrefix;
  }

  private static Instrument builtIn(String code, String shortName, String title, int year,
      InstrumentKind kind, String prefix) {
    Instrument instrument = new Instrument(code, shortName, title, year, kind, prefix);
    BUILT_INS.put(code, instrument);
    return instrument;
  }

  /**
   * Creates an instrument that is not built in, for example a State's own statute cited by a
   * custom jurisdiction profile.
   *
   * @param code stable code, lower-case words joined by hyphens; must not be a built-in code
   * @param shortName the name used in citations, e.g. "Penal Code"
   * @param title the full title
   * @param year the year of adoption, or 0 when not known
   * @param kind what kind of text it is
   * @param pinpointPrefix the word before a pinpoint in citations ("art.", "s.", "" for none)
   * @return the instrument
   * @throws IllegalArgumentException if the code is malformed or names a built-in instrument
   */
  public static Instrument of(String code, String shortName, String title, int year,
      InstrumentKind kind, String pinpointPrefix) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "instrument code must be lower-case words joined by hyphens: '" + code + "'");
    }
    if (BUILT_INS.containsKey(code)) {
      throw new IllegalArgumentException("'" + code + "' is a built-in instrument: use "
          + "Instrument.byCode");
    }
    if (shortName == null || shortName.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("an instrument needs a short name and a title");
    }
    return new Instrument(code, shortName, title, year, Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(pinpointPrefix, "pinpointPrefix"));
  }

  /**
   * The built-in instruments, in a stable order.
   *
   * @return an unmodifiable list
   */
  public static List<Instrument> builtIns() {
    return List.copyOf(BUILT_INS.values());
  }

  /**
   * Looks up a built-in instrument by its code.
   *
   * @param code the stable code
   * @return the instrument, or empty if no built-in instrument has that code
   */
  public static Optional<Instrument> byCode(String code) {
    return Optional.ofNullable(BUILT_INS.get(code));
  }

  static Map<String, Instrument> registry() {
    return Collections.unmodifiableMap(BUILT_INS);
  }

  /** @return the stable code, e.g. {@code tip-protocol} */
  public String code() {
    return code;
  }

  /** @return the name used in citations, e.g. "TIP Protocol" */
  public String shortName() {
    return shortName;
  }

  /** @return the full title */
  public String title() {
    return title;
  }

  /** @return the year of adoption or publication, or empty when the source does not give it */
  public java.util.OptionalInt year() {
    return year > 0 ? java.util.OptionalInt.of(year) : java.util.OptionalInt.empty();
  }

  /** @return the kind of text, which gives the default strength of its provisions */
  public InstrumentKind kind() {
    return kind;
  }

  /** @return the word before a pinpoint ("art.", "s.", "§", "para.", or "" for none) */
  public String pinpointPrefix() {
    return pinpointPrefix;
  }

  /** Instruments are equal when their codes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Instrument && ((Instrument) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** @return the short name */
  @Override
  public String toString() {
    return shortName;
  }
}
