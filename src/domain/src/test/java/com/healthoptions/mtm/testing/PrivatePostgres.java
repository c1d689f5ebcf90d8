package com.healthoptions.mtm.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server of one test class's own, which the test may stop and start again under a running
 * function: a real server process (the PostgreSQL 17.5 binaries Maven Central ships for tests, as the scripts'
 * embedded server), never a mock. Superuser {@code postgres}, trust authentication, 127.0.0.1 only, a free port,
 * {@code fsync} off, data in a temporary folder deleted by {@link #destroy()}.
 *
 * <p>PostgreSQL refuses to run as root: as root (this machine, CI's first stage) the server's programs run as
 * {@code nobody} through {@code runuser}, with the binaries and data in folders that user can read.
 */
public final class PrivatePostgres {

    private static final String VERSION = "17.5.0";

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asNobody;

    private PrivatePostgres(Path bin, Path data, int port, boolean asNobody) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** Creates a cluster in a new temporary folder and starts it. */
    public static PrivatePostgres create() {
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path binaries = binaries(root);
            Path data = Files.createTempDirectory("mtm-private-pg-");
            if (root) {
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
                Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
            }
            PrivatePostgres server = new PrivatePostgres(binaries.resolve("bin"), data, freePort(), root);
            server.run(List.of("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-instructions"));
            Files.writeString(data.resolve("postgresql.conf"), """

                    # PrivatePostgres: a scratch server for one test class
                    listen_addresses = '127.0.0.1'
                    port = %d
                    unix_socket_directories = ''
                    fsync = off
                    synchronous_commit = off
                    full_page_writes = off
                    max_connections = 60
                    shared_buffers = 32MB
                    """.formatted(server.port), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again) on the same port and data; returns once it accepts connections. */
    public void start() {
        run(List.of("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                "start"));
    }

    /**
     * Stops the server the way an operator or a failover does ({@code pg_ctl stop -m fast}: open sessions are
     * terminated, the port refuses connections); returns once it is down.
     */
    public void stop() {
        run(List.of("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    /** Stops the server if it runs and deletes its data. */
    public void destroy() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "60", "stop"));
            }
        } finally {
            deleteTree(data);
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.add(bin.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        try {
            Path log = Files.createTempFile("mtm-private-pg-cmd-", ".log");
            try {
                Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile())
                        .directory(data.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    String serverLog = Files.exists(data.resolve("server.log")) ? Files.readString(data.resolve("server.log")) : "";
                    throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "):\n"
                            + Files.readString(log) + "\n" + serverLog);
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The binaries, unpacked once per machine and user into the temporary folder. */
    private static synchronized Path binaries(boolean root) throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "Darwin" : "Linux";
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve("mtm-postgres-" + VERSION + "-" + System.getProperty("user.name"));
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(tmp, target.getFileName() + ".unpacking-");
        try {
            try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch);
                    InputStream xz = new XZInputStream(new BufferedInputStream(txz, 1 << 16));
                    TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    unpack(tar, entry, staging);
                }
            }
            if (root) {
                // nobody must be able to enter every folder and run the programs
                try (Stream<Path> all = Files.walk(staging)) {
                    for (Path p : (Iterable<Path>) all::iterator) {
                        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another JVM unpacked it meanwhile
            }
        } finally {
            deleteTree(staging);
        }
        return target;
    }

    private static void unpack(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(path, root.resolve(entry.getLinkName()).normalize());
        } else {
            Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
            Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            if ((entry.getMode() & 0100) != 0) {
                mode.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
            }
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
