package bench.floorb;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.Map;

/** Boots Hibernate Reactive and answers after one findById: the floor for a function with entities. */
public class FindOne implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        try {
            // Hibernate Reactive runs on a Vert.x context; the Lambda thread is not one.
            FloorMember found = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> FloorMember.<FloorMember>findById("FLOOR-B-NOBODY")));
            return Map.of("found", found != null);
        } catch (Throwable e) {
            throw new IllegalStateException("floor B's findById failed", e);
        }
    }
}
