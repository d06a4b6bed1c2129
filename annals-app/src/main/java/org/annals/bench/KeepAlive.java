package org.annals.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.annals.internal.Preconditions;

/**
 * One persistent HTTP/1.1 connection of the load client: GET requests sent one after the other on
 * the same socket (keep-alive), each answer read whole (Content-Length or chunked) and its status
 * returned. A broken or closed connection is opened again on the next request.
 *
 * <p>A load client of its own rather than the JDK's: the JDK client's {@code sendAsync} completes
 * each answer on a new thread on a 2-core machine and opens a connection per request in flight, so
 * at 500 requests/s the client took a fifth of the CPU the server needs.
 */
final class KeepAlive implements Closeable {
  /** The longest status line or header line read. */
  private static final int MAX_LINE = 16 * 1024;

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private final byte[] hostHeader;
  private final StringBuilder line = new StringBuilder();
  private final byte[] discard = new byte[16 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** A connection to {@code base} ({@code http://host:port}); nothing is opened until used. */
  KeepAlive(String base, int timeoutMillis) {
    URI uri = URI.create(base);
    Preconditions.requireArgument(
        "http".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0,
        "the load client needs a base URL as http://127.0.0.1:7070, got '%s'",
        base);
    this.host = uri.getHost();
    this.port = uri.getPort();
    this.timeoutMillis = timeoutMillis;
    this.hostHeader =
        ("\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Sends {@code GET path} and reads the whole answer.
   *
   * @return the status code
   * @throws IOException when the connection fails, the answer is malformed or does not come within
   *     the timeout (the connection is then closed, and opened again by the next request)
   */
  int get(String path) throws IOException {
    try {
      return exchange(path);
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  private int exchange(String path) throws IOException {
    if (socket == null) {
      open();
    }
    out.write(("GET " + path + " HTTP/1.1").getBytes(StandardCharsets.UTF_8));
    out.write(hostHeader);
    out.flush();
    String status = readLine();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: '" + status + "'");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String h = readLine(); !h.isEmpty(); h = readLine()) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        throw new IOException("malformed header line: '" + h + "'");
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closing = value.contains("close");
        default -> {
          // not needed
        }
      }
    }
    if (chunked) {
      readChunks();
    } else if (length >= 0) {
      skip(length);
    } else {
      throw new IOException("an answer with neither Content-Length nor chunked encoding");
    }
    if (closing) {
      close();
    }
    return code;
  }

  private void open() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(timeoutMillis);
      s.connect(new InetSocketAddress(host, port), timeoutMillis);
      in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
      out = new BufferedOutputStream(s.getOutputStream(), 4 * 1024);
      socket = s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private void readChunks() throws IOException {
    while (true) {
      String size = readLine();
      int semi = size.indexOf(';');
      long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        while (!readLine().isEmpty()) {
          // trailers
        }
        return;
      }
      skip(n);
      if (!readLine().isEmpty()) {
        throw new IOException("a chunk not followed by CRLF");
      }
    }
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      int r = in.read(discard, 0, (int) Math.min(discard.length, n));
      if (r < 0) {
        throw new EOFException("the connection closed " + n + " bytes before the answer's end");
      }
      n -= r;
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("the connection closed in the middle of the answer's head");
      }
      if (c == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new IOException("a header line longer than " + MAX_LINE + " bytes");
      }
      line.append((char) c);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
