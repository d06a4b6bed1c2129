package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.server.AnnalsServer;
import org.annals.server.ServerOptions;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code annals serve}: the REST API and the web UI over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store: the web UI at / and the REST API at /api (OpenAPI at /api/openapi.json).",
      "Binds to 127.0.0.1 unless --host says otherwise. Reads are open; writing (POST /api/ingest)",
      "needs the token created on the first start in the store folder (file server-token).",
      "The server owns the store while it runs: other commands that write it (ingest, events) wait",
      "for it to stop; search, show and stats work meanwhile. Stop it with Ctrl-C."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped normally",
      "2:usage error",
      "3:could not start (store busy or unreadable, port in use)"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin ServerMixin server;

  @Override
  public Integer call() {
    return serve(spec, server.options(spec, store.dir), null);
  }

  /** Starts the server and blocks until the process is stopped. */
  static int serve(
      CommandLine.Model.CommandSpec spec,
      ServerOptions options,
      java.util.function.UnaryOperator<String> hint) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnnalsServer s;
    try {
      s = AnnalsServer.start(options, err);
    } catch (StoreException | IOException | IllegalStateException e) {
      err.println("annals " + spec.name() + ": " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  s.close();
                  stopped.countDown();
                },
                "annals-serve-stop"));
    out.println("Annals is serving " + s.storeDir());
    out.println("  web UI:  " + s.url() + "/");
    out.println("  API:     " + s.url() + "/api (OpenAPI: " + s.url() + "/api/openapi.json)");
    if (hint != null) {
      out.println(hint.apply(s.url()));
    }
    if (s.tokenCreated()) {
      out.println("  write token (shown once; kept in " + s.tokenFile() + "): " + s.token());
    } else {
      out.println("  write token: in " + s.tokenFile());
    }
    if (options.exposed()) {
      err.println(
          "annals serve: warning: bound to "
              + options.host()
              + ", so anyone who can reach this machine can read the store; writing still needs"
              + " the token");
    }
    out.println("Ctrl-C stops it.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }
}
