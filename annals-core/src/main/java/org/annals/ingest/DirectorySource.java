package org.annals.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A folder of article files, read as {@link LocalFiles#expand} lists them (recursively, sorted).
 * Ordered: the position of a file is its path relative to the folder, with {@code /} between names,
 * and a run resumes after the last committed one (files sorting before it are not read, even if
 * they were added since).
 */
final class DirectorySource implements Source {
  private final Path dir;
  private final long maxBytes;
  private volatile List<String> listed = List.of();

  DirectorySource(Path dir, long maxBytes) {
    this.dir = dir.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  @Override
  public String key() {
    return "dir:" + dir;
  }

  @Override
  public boolean ordered() {
    return true;
  }

  /** A folder changes between runs: once read to the end, the next run reads it again. */
  @Override
  public boolean rescanWhenDone() {
    return true;
  }

  /** The file's place in the sorted listing of the last read. */
  @Override
  public double progress(String position) {
    List<String> all = listed;
    int i = Collections.binarySearch(all, position);
    return all.isEmpty() || i < 0 ? Double.NaN : (i + 1) / (double) all.size();
  }

  @Override
  public void read(Resume resume, Consumer<Fetched> sink) throws InputException {
    Path after = resume.afterPosition() == null ? null : Path.of(resume.afterPosition());
    List<Path> files = LocalFiles.expand(dir);
    List<String> positions = new ArrayList<>(files.size());
    files.forEach(f -> positions.add(position(dir.relativize(f))));
    positions.sort(null);
    listed = positions;
    for (Path file : files) {
      Path rel = dir.relativize(file);
      if (after != null && rel.compareTo(after) <= 0) {
        continue;
      }
      String position = position(rel);
      try {
        sink.accept(
            new Fetched.Document(
                LocalFiles.read(file, maxBytes), file.toString(), position, FeedHints.NONE));
      } catch (InputException e) {
        sink.accept(new Fetched.Failed(file.toString(), position, e.getMessage()));
      }
    }
  }

  private static String position(Path rel) {
    StringBuilder b = new StringBuilder();
    for (Path part : rel) {
      b.append(b.length() == 0 ? "" : "/").append(part);
    }
    return b.toString();
  }
}
