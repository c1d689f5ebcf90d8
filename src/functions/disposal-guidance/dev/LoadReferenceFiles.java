import com.healthoptions.mtm.disposal.TakeBackSiteFileLoader;
import com.healthoptions.mtm.disposal.ZipCentroidFileLoader;
import com.healthoptions.mtm.files.ReferenceFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Applies reference files to a database with the same loaders the intake function dispatches to, for
 * local runs and benchmarks (production files arrive through S3 and the intake function).
 *
 * <pre>
 * java -cp DOMAIN_CLASSPATH src/functions/disposal-guidance/dev/LoadReferenceFiles.java \
 *      postgresql://127.0.0.1:5432/mtm_dev USER PASSWORD zip-centroids=FILE take-back-sites=FILE ...
 * </pre>
 * Prints each file's result; exits 1 if any file was rejected.
 */
public class LoadReferenceFiles {

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        PgConnectOptions connect = PgConnectOptions.fromUri(args[0]).setUser(args[1]).setPassword(args[2]);
        Pool pool = Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(connect)
                .using(vertx.getDelegate()).build());
        boolean allApplied = true;
        try {
            for (int i = 3; i < args.length; i++) {
                String[] kindAndFile = args[i].split("=", 2);
                ReferenceFileLoader loader = switch (kindAndFile[0]) {
                    case "zip-centroids" -> new ZipCentroidFileLoader(pool);
                    case "take-back-sites" -> new TakeBackSiteFileLoader(pool);
                    default -> throw new IllegalArgumentException("kind must be zip-centroids or take-back-sites");
                };
                long started = System.nanoTime();
                ReferenceFileResult result;
                try (InputStream in = Files.newInputStream(Path.of(kindAndFile[1]))) {
                    result = loader.load(in, 0.01);
                }
                System.out.printf("%s %s: %s read=%d applied=%d rejected=%d in %.1f s. %s%n", loader.keyPrefix(),
                        Path.of(kindAndFile[1]).getFileName(), result.status(), result.rowsRead(), result.rowsApplied(),
                        result.rowsRejected(), (System.nanoTime() - started) / 1e9, result.message());
                result.rejections().stream().limit(5).forEach(r ->
                        System.out.printf("  line %d, %s: %s%n", r.line(), r.column(), r.reason()));
                allApplied &= result.status() == ReferenceFileResult.Status.APPLIED;
            }
        } finally {
            pool.closeAndAwait();
            vertx.closeAndAwait();
        }
        System.exit(allApplied ? 0 : 1);
    }
}
