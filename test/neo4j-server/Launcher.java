// Starts a real, in-process Neo4j 5.26 (Community, Bolt only) for the Neo4j store
// tests, without Docker. Run as a single-file source program (no compile step):
//
//   java <jvm flags> -cp "$(cat test/neo4j-server/target/classpath.txt)" \
//        test/neo4j-server/Launcher.java <uri-file>
//
// normally through scripts/neo4j-test-server.sh, which resolves the classpath
// (test/neo4j-server/pom.xml) and passes the JVM flags Neo4j itself uses.
//
// Once Neo4j accepts Bolt connections it writes the Bolt URI to <uri-file>
// (to a temporary name first, then an atomic move, so a reader never sees half
// a line) and prints the same URI as the only line on stdout. Everything else
// goes to stderr. It then runs until SIGTERM/SIGINT, which close Neo4j, delete
// the data folder and the URI file, and exit with status 0.
// It never reads stdin (background jobs have /dev/null there).
//
// Environment (all optional):
//   NEO4J_AUTH        "none" (default) or "neo4j/<password>": with a password,
//                     auth is enabled and user neo4j gets that password
//                     (no forced change on first login).
//   NEO4J_BOLT_PORT   Bolt port on 127.0.0.1; 0 (default) picks a free port.
//   NEO4J_PAGECACHE   page cache size in MiB (default 64).
//   NEO4J_LOG_DIR     folder for Neo4j's own logs (debug.log, query.log,
//                     security.log, and a copy of the user log neo4j.log made
//                     on exit). Give each instance its own folder. Without
//                     it the logs stay in the data folder and are deleted
//                     with it.
//   NEO4J_TEST_DEBUG  if set, print full stack traces on failure.
//
// Exit status: 0 after a clean stop, 1 when Neo4j cannot start, 2 on bad usage.

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

public class Launcher {
    private static final String PREFIX = "neo4j-test-server: ";

    private static volatile Neo4j neo4j;
    private static volatile Path tempDir;
    private static volatile Path uriFile;
    private static volatile Path logDir;
    private static final AtomicBoolean stopped = new AtomicBoolean();
    // Keep the real stdout for the URI line; everything else that might print
    // to System.out (libraries) is sent to stderr.
    private static final PrintStream STDOUT = System.out;

    public static void main(String[] args) {
        System.setOut(System.err);
        if (args.length != 1 || args[0].startsWith("-")) {
            fail(2, "usage: java -cp <classpath> Launcher.java <uri-file>");
        }
        uriFile = Path.of(args[0]).toAbsolutePath();

        String auth = env("NEO4J_AUTH", "none");
        String password = null;
        if (!auth.equals("none")) {
            int slash = auth.indexOf('/');
            if (slash < 0 || !auth.substring(0, slash).equals("neo4j") || slash == auth.length() - 1) {
                fail(2, "NEO4J_AUTH must be 'none' or 'neo4j/<password>'");
            }
            password = auth.substring(slash + 1);
            // Neo4j's default dbms.security.auth_minimum_password_length
            if (password.length() < 8) {
                fail(2, "NEO4J_AUTH password must have at least 8 characters");
            }
        }
        int port = intEnv("NEO4J_BOLT_PORT", 0, 0, 65535);
        long pageCacheMiB = intEnv("NEO4J_PAGECACHE", 64, 8, 1 << 20);
        // db.memory.transaction.max in MiB; 0 keeps Neo4j's default (no limit per transaction)
        long txMemoryMiB = intEnv("NEO4J_TX_MEMORY", 0, 0, 1 << 20);
        String logDirEnv = env("NEO4J_LOG_DIR", "");
        logDir = logDirEnv.isEmpty() ? null : Path.of(logDirEnv).toAbsolutePath();

        installSignalHandlers();
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::stop, "neo4j-test-server-stop"));

        long t0 = System.nanoTime();
        try {
            Files.deleteIfExists(uriFile);
            tempDir = Files.createTempDirectory("neo4j-test-server-");
            if (logDir != null) {
                Files.createDirectories(logDir);
            }
            Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(tempDir)
                    .withDisabledServer() // no HTTP/HTTPS (Jetty), Bolt only
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                    // Don't reserve 256 MiB transaction log files per database
                    // (system + neo4j) on disk: this is throwaway test data.
                    .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Community starts the usage-data collector, which would
                    // phone home (first after 10 min); keep a test server offline.
                    .withConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                    // Bolt's Netty event loops otherwise wait a 5 s quiet period
                    // each (two loops: ~10 s) before a stop completes.
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
            if (logDir != null) {
                builder = builder.withConfig(GraphDatabaseSettings.logs_directory, logDir);
            }
            if (txMemoryMiB > 0) {
                builder = builder.withConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMiB));
            }
            neo4j = builder.build();
            if (password != null) {
                // Embedded transactions run with full privileges, so the system
                // database can set the initial password directly (the same
                // effect as `neo4j-admin dbms set-initial-password`), and
                // without "CHANGE REQUIRED", which would make the first Bolt
                // login fail with CredentialsExpired.
                neo4j.databaseManagementService()
                        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                        .executeTransactionally(
                                "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                                Map.of("password", password));
            }
            // "bolt://127.0.0.1:PORT/" -> "bolt://127.0.0.1:PORT"
            String bolt = neo4j.boltURI().toString().replaceAll("/+$", "");
            Path tmp = uriFile.resolveSibling(uriFile.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            Files.writeString(tmp, bolt + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, uriFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            System.err.printf("%sNeo4j %s up at %s in %.1f s (auth %s, pid %d, data in %s)%n", PREFIX,
                    neo4jVersion(), bolt, (System.nanoTime() - t0) / 1e9,
                    password != null ? "on" : "off", ProcessHandle.current().pid(), tempDir);
            STDOUT.println(bolt);
            STDOUT.flush();
        } catch (Throwable e) {
            fail(1, "cannot start Neo4j: " + rootMessage(e)
                    + (logDir != null ? " (Neo4j's logs: " + logDir + ")" : ""), e);
        }

        // Neo4j's own threads keep the JVM alive too; wait here explicitly.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM/SIGINT: run the shutdown hook and exit 0 (instead of the JVM's 143/130). */
    private static void installSignalHandlers() {
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                    System.err.println(PREFIX + "SIG" + sig.getName() + " received, stopping");
                    System.exit(0);
                });
            }
        } catch (Throwable e) {
            // Signals stay with the JVM's default handling: the shutdown hook
            // still stops Neo4j, the exit status is then 128+signal.
        }
    }

    /** Idempotent: close Neo4j, keep its logs if asked, delete the data and the URI file. */
    private static void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Neo4j db = neo4j;
        copyUserLog(); // before close(): the harness deletes its folder on close
        if (db != null) {
            try {
                db.close();
            } catch (Throwable e) {
                System.err.println(PREFIX + "error while stopping Neo4j: " + rootMessage(e));
            }
        }
        try {
            if (uriFile != null) {
                Files.deleteIfExists(uriFile);
            }
        } catch (IOException e) {
            System.err.println(PREFIX + "cannot delete " + uriFile + ": " + e.getMessage());
        }
        if (tempDir != null) {
            try {
                deleteRecursively(tempDir);
            } catch (IOException | UncheckedIOException e) {
                System.err.println(PREFIX + "cannot delete " + tempDir + ": " + rootMessage(e));
            }
        }
        if (db != null) {
            System.err.println(PREFIX + "stopped");
        }
    }

    /** The harness writes the user log (neo4j.log) into its own data folder only. */
    private static void copyUserLog() {
        if (logDir == null || tempDir == null || !Files.isDirectory(tempDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tempDir, 2)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().equals("neo4j.log")) {
                    Files.copy(p, logDir.resolve("neo4j.log"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println(PREFIX + "cannot copy Neo4j logs to " + logDir + ": " + rootMessage(e));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String neo4jVersion() {
        String v = Neo4j.class.getPackage().getImplementationVersion();
        return v != null ? v : "5.26";
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static int intEnv(String name, int dflt, int min, int max) {
        String v = env(name, "");
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            fail(2, name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
            return dflt;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = e.getMessage();
        String msg = root.getMessage();
        String text = root == e || top == null ? String.valueOf(msg)
                : top + (msg != null && !top.contains(msg) ? " (" + root.getClass().getSimpleName() + ": " + msg + ")" : "");
        return text.replaceAll("\\s+", " ").trim();
    }

    private static void fail(int status, String message) {
        fail(status, message, null);
    }

    private static void fail(int status, String message, Throwable e) {
        if (e != null && System.getenv("NEO4J_TEST_DEBUG") != null) {
            e.printStackTrace();
        }
        if (status == 1) {
            stop(); // removes the data folder (copying the logs first if NEO4J_LOG_DIR is set)
        }
        System.err.println(PREFIX + message);
        // halt: the shutdown hook has nothing left to do, and Neo4j threads
        // that did start must not keep a failed launcher alive.
        Runtime.getRuntime().halt(status);
    }
}
