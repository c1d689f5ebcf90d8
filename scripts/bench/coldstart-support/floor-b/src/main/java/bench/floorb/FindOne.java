package bench.floorb;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.quarkus.hibernate.reactive.panache.Panache;
import java.util.Map;

/** Boots Hibernate Reactive and answers after one findById: the floor for a function with entities. */
public class FindOne implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        FloorMember found = Panache.withSession(() -> FloorMember.<FloorMember>findById("FLOOR-B-NOBODY"))
                .await().indefinitely();
        return Map.of("found", found != null);
    }
}
