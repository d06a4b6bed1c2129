package org.annals.nlp;

/** What a mention names. */
public enum MentionType {
  /** A person, named or referred to by a role or a pronoun. */
  PERSON,
  /** An organisation: an IGO, a government body, a company, an NGO. */
  ORG,
  /** A geopolitical entity: a country, a province, a city. */
  GPE,
  /** Another location: a sea, a mountain range, a region without government. */
  LOC,
  /** A nationality or group: "Iranian", "Kazakh". */
  NORP
}
