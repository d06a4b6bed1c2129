package org.annals.actors;

/** What kind of actor a knowledge-base entry is. */
public enum ActorType {
  /** A named person, such as a head of state. */
  PERSON,
  /** A country or territory with an ISO 3166 code (its id is the alpha-3 code). */
  COUNTRY,
  /** An intergovernmental organisation: UN, SCO, EU, NATO… */
  IGO,
  /** Any other organisation, such as a seat of government (the Kremlin) or a company. */
  ORG,
  /** A non-governmental organisation, such as the ICRC or a national Red Crescent society. */
  NGO
}
