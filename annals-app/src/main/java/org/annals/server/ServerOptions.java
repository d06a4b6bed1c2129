package org.annals.server;

import java.nio.file.Path;
import java.util.List;
import org.annals.internal.Preconditions;

/**
 * How {@link AnnalsServer} runs.
 *
 * @param store the store folder (created when missing); the server owns it while it runs
 * @param host the interface to bind: {@code 127.0.0.1} unless the user asks for another
 * @param port the port, or 0 for any free one
 * @param maxUploadBytes the largest request body {@code POST /api/ingest} accepts
 * @param allowPrivateFetch whether ingest jobs may fetch URLs on private or loopback addresses
 * @param actorFiles the user's own actor files for annotating ingested articles (may be empty)
 */
public record ServerOptions(
    Path store,
    String host,
    int port,
    long maxUploadBytes,
    boolean allowPrivateFetch,
    List<Path> actorFiles) {
  /** The default interface: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 7070;

  /** The default upload limit: 50 MiB. */
  public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

  public ServerOptions {
    Preconditions.requireArgument(store != null, "the server needs a store folder");
    Preconditions.requireArgument(
        host != null && !host.isBlank(), "the server needs a host to bind, as 127.0.0.1");
    Preconditions.requireArgument(
        port >= 0 && port <= 65_535, "the port is 0 (any free one) to 65535, got %s", port);
    Preconditions.requireArgument(
        maxUploadBytes > 0, "the upload limit must be positive, got %s", maxUploadBytes);
    store = store.toAbsolutePath().normalize();
    host = host.strip();
    actorFiles = List.copyOf(actorFiles);
  }

  /** Loopback, any free port, the default upload limit, no private fetches, shipped actors. */
  public static ServerOptions onAnyPort(Path store) {
    return new ServerOptions(store, DEFAULT_HOST, 0, DEFAULT_MAX_UPLOAD, false, List.of());
  }

  /** Whether the server is reachable from other machines. */
  public boolean exposed() {
    return !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1"));
  }
}
