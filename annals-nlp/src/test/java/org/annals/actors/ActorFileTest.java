package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own actor files, merged over the shipped data; malformed rows named by file and line.
 */
class ActorFileTest {
  private static final String HEADER = "#annals-actors v1\n";
  private static final String SANCHEZ =
      "actor\tpedro-sanchez\tPERSON\tESPGOV\tESP\tPedro Sánchez\tSánchez\twp:Pedro_Sánchez\n"
          + "role\tpedro-sanchez\tESP\tPRIME_MINISTER\tHOG,LEADER\t2018-06-02\t\tno\texact\t\t"
          + "wp:Prime_Minister_of_Spain\n";

  @TempDir Path dir;

  @Test
  void load_userFile_addsActorsRolesAndNamesOverShippedData() throws IOException {
    Path file = write("mine.tsv", HEADER + SANCHEZ + "alias\tKAZ\tQazaqstan Republic\tmy notes\n");

    ActorBase base = ActorBase.load(file);

    Actor sanchez = base.lookup("Sanchez").get(0);
    assertThat(base.holder("Spain", Office.PRIME_MINISTER, LocalDate.of(2024, 7, 4)))
        .contains(sanchez);
    assertThat(base.roleOf(sanchez, LocalDate.of(2024, 7, 4)).get(0).title())
        .isEqualTo("Prime Minister of Spain");
    assertThat(base.country("Qazaqstan Republic").map(Country::alpha3)).contains("KAZ");
    assertThat(base.holder("RUS", Office.PRESIDENT, LocalDate.of(2024, 7, 4)).map(Actor::id))
        .contains("vladimir-putin");
    assertThat(ActorBase.shipped().lookup("Sanchez")).isEmpty();
  }

  @Test
  void load_userRoleWithShippedKey_replacesShippedRole() throws IOException {
    Path file =
        write(
            "fix.tsv",
            HEADER
                + "role\tpir-hossein-kolivand\tirn-red-crescent\tPRESIDENT\tHEAD\t2024-05-19\t"
                + "2024-12-31\tno\tattested\t\tmy source\n");

    ActorBase base = ActorBase.load(file);

    Actor kolivand = base.actor("pir-hossein-kolivand").orElseThrow();
    assertThat(base.roles(kolivand))
        .singleElement()
        .extracting(Role::end)
        .isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void load_fileWithBadRows_reportsEachWithFileAndLine() throws IOException {
    Path file =
        write(
            "users.tsv",
            HEADER
                + "# a comment\n"
                + SANCHEZ
                + "role\tpedro-sanchez\tESP\tPRIME_MINISTER\tHOG\t2018-13-02\t\tno\texact\t\tsrc\n"
                + "role\tpedro-sanchez\tESP\tPRIME_MINSTER\tHOG\t2018-06-02\t\tno\texact\t\tsrc\n"
                + "role\tgandalf\tESP\tPRESIDENT\t\t2018-06-02\t\tno\texact\t\tsrc\n"
                + "actor\tx\tPERSON\n"
                + "persn\tx\n");

    assertThatThrownBy(() -> ActorBase.load(file))
        .isInstanceOf(ActorFileException.class)
        .hasMessageContaining("5 problems in actor files")
        .hasMessageContaining(
            file + " line 5: start '2018-13-02' is not a date; expected YYYY-MM-DD")
        .hasMessageContaining(
            file + " line 6: unknown office 'PRIME_MINSTER' (did you mean PRIME_MINISTER?)")
        .hasMessageContaining(
            file
                + " line 8: actor row has 3 tab-separated fields, expected 8: actor, id, type,"
                + " code, country, name, aliases, source")
        .hasMessageContaining(file + " line 9: unknown row kind 'persn'")
        .hasMessageContaining(file + " line 7: role for 'gandalf', which is not a known actor");
  }

  @Test
  void load_badRow_exceptionListsProblemWithFileAndLine() throws IOException {
    Path file = write("one.tsv", HEADER + "\n\ndemonym\tXXX\tMartian\tsrc\n");

    ActorFileException e =
        (ActorFileException)
            org.assertj.core.api.Assertions.catchThrowable(() -> ActorBase.load(file));

    assertThat(e.problems())
        .containsExactly(
            new ActorFileException.Problem(
                file.toString(),
                4,
                "demonym for unknown country 'XXX'; expected an ISO alpha-3 code such as KAZ"));
  }

  @Test
  void load_fileWithoutHeader_isRejectedAtLineOne() throws IOException {
    Path file = write("nohead.tsv", SANCHEZ);

    assertThatThrownBy(() -> ActorBase.load(file))
        .hasMessageContaining(file + " line 1: expected the header line '#annals-actors v1' first");
  }

  @Test
  void load_missingFile_throwsNamingIt() {
    Path missing = dir.resolve("absent.tsv");

    assertThatThrownBy(() -> ActorBase.load(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("absent.tsv");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
