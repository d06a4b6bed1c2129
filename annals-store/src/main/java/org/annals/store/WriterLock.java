package org.annals.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-writer lock: an operating-system lock on {@code DIR/lock}, whose content names the
 * holder (pid, command, start). The operating system drops the lock when the holder dies, even by
 * {@code kill -9}, so a stale file never blocks; its content is simply overwritten.
 *
 * <p>POSIX drops all of a process's locks on a file when the process closes any descriptor of it,
 * so within this process a held lock file is never opened again: the locks held here are known from
 * {@link #HELD}, as Lucene's {@code NativeFSLockFactory} does.
 */
final class WriterLock implements AutoCloseable {
  private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or throws naming the holder and what to do. */
  static WriterLock acquire(Layout layout) throws StoreException {
    Path file = layout.lock();
    String me = holder();
    String heldHere = HELD.putIfAbsent(file, me);
    if (heldHere != null) {
      throw busy(layout, heldHere);
    }
    try {
      return lock(layout, file, me);
    } catch (StoreException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  private static WriterLock lock(Layout layout, Path file, String me) throws StoreException {
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException(
          layout.dir(), "cannot open the lock file " + file + "; check its permissions", e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very process (through another class loader)
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException(
          layout.dir(), "cannot lock " + file + "; check that the file system supports locks", e);
    }
    if (lock == null) {
      String other = holderInFile(channel);
      closeQuietly(channel);
      throw busy(layout, other);
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException(layout.dir(), "cannot write the lock file " + file, e);
    }
    return new WriterLock(file, channel, lock);
  }

  /** The message for a second writer, naming the holder. */
  static StoreException busy(Layout layout, String holder) {
    String server = serverUrl(layout);
    if (server != null) {
      return new StoreException(
          layout.dir(),
          "annals serve owns this store while it runs ("
              + (holder.isEmpty() ? "holder unknown" : holder)
              + "): use its API at "
              + server
              + "/api (events: "
              + server
              + "/api/events, ingest: POST "
              + server
              + "/api/ingest) or stop it, then run again. "
              + "Reading (annals search, show, stats) works meanwhile");
    }
    return new StoreException(
        layout.dir(),
        "another writer is using this store ("
            + (holder.isEmpty() ? "holder unknown" : holder)
            + "); wait for it to finish or stop it, then run again. "
            + "Reading (annals search, show, stats) works meanwhile");
  }

  /** The URL a running {@code annals serve} left in the store folder, or {@code null}. */
  private static String serverUrl(Layout layout) {
    Path file = layout.dir().resolve(Store.SERVER_URL_FILE);
    try {
      String url = Files.readString(file, StandardCharsets.UTF_8).strip();
      return url.matches("https?://[^\\s]{1,200}") ? url : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Who holds the lock: {@code pid 4242, command "…", since 2026-01-02T10:00:00Z}. */
  static String holder() {
    ProcessHandle self = ProcessHandle.current();
    String command = System.getProperty("sun.java.command");
    if (command == null || command.isBlank()) {
      command = self.info().command().orElse("java");
    }
    if (command.length() > 200) {
      command = command.substring(0, 200) + "…";
    }
    Instant start =
        self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    return "pid " + self.pid() + ", command \"" + command + "\", since " + start;
  }

  @Override
  public void close() {
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // the lock goes with the channel below
    } finally {
      closeQuietly(channel);
      HELD.remove(file);
    }
  }

  private static String holderInFile(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(1024);
      int n = channel.read(buf, 0);
      return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}
