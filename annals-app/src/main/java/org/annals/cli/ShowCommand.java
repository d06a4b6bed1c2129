package org.annals.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals show}: one stored article as JSON. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print a stored article (article schema v1) as JSON.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "2:usage error",
      "3:no such article, or the store could not be read"
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      paramLabel = "ID",
      description = "The article's id (16 hex digits), as search prints it.")
  String id;

  @Override
  public Integer call() {
    if (!id.matches("[0-9a-f]{16}")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "'"
              + id
              + "' is not an article id: ids are 16 lower-case hex digits, as 'annals search' prints them");
    }
    try (Store s = Store.openForReading(store.dir)) {
      Optional<Article> a = s.article(id);
      if (a.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "annals show: no article "
                    + id
                    + " in "
                    + store.dir
                    + "; find ids with 'annals search'");
        return ExitCodes.NOTHING_SUCCEEDED;
      }
      spec.commandLine().getOut().println(ArticleJson.toPretty(a.get()));
      return ExitCodes.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("annals show: " + e.getMessage());
      return ExitCodes.NOTHING_SUCCEEDED;
    }
  }
}
