package org.annals.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the few places that may touch the console streams directly (forbidden-apis honours it). */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.FIELD})
@interface SuppressForbidden {
  /** Why the suppression is needed. */
  String reason();
}
