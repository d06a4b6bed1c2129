package org.annals.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A raw HTTP/1.1 server on a free loopback port, for byte-level tricks the JDK's server will not
 * play: each path's handler writes whatever bytes it likes to the socket, status line and headers
 * included. It logs the paths asked for. Close it after the test; handlers that go on for ever stop
 * when the client hangs up or the server closes.
 */
final class HostileServer implements AutoCloseable {
  /** Writes the whole answer, status line first. */
  @FunctionalInterface
  interface Handler {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  HostileServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.execute(this::accept);
  }

  /** {@code http://localhost:port}: tests trust the name "localhost", not the address. */
  String base() {
    return "http://localhost:" + server.getLocalPort();
  }

  int port() {
    return server.getLocalPort();
  }

  HostileServer on(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  /** A complete answer with a body of known length. */
  HostileServer page(String path, String headers, byte[] body) {
    return on(
        path,
        out -> {
          out.write(
              ("HTTP/1.1 200 OK\r\n"
                      + headers
                      + "Content-Length: "
                      + body.length
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.write(body);
        });
  }

  HostileServer redirect(String path, String location) {
    return on(
        path,
        out ->
            out.write(
                ("HTTP/1.1 302 Found\r\nLocation: "
                        + location
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** The paths asked for so far, in order. */
  List<String> paths() {
    return List.copyOf(paths);
  }

  boolean closed() {
    return closed;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    pool.shutdownNow();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = server.accept();
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      String request = in.readLine();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        // headers: not needed
      }
      String path = request == null ? "" : request.split(" ")[1];
      paths.add(path);
      Handler h = routes.get(path);
      OutputStream out = s.getOutputStream();
      if (h == null) {
        out.write(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
      } else {
        h.answer(out);
      }
      out.flush();
    } catch (IOException | RuntimeException e) {
      // the client hung up (a cap or a timeout on its side)
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
