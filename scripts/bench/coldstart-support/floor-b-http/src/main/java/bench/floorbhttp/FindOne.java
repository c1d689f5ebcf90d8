package bench.floorbhttp;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One GET that boots Hibernate Reactive and answers after one findById: the floor for an HTTP function with entities. */
@Path("/floor/{memberId}")
public class FindOne {

    @GET
    @WithSession
    @Produces(MediaType.TEXT_PLAIN)
    public Uni<String> find(@PathParam("memberId") String memberId) {
        return FloorMember.<FloorMember>findById(memberId).map(found -> found == null ? "absent" : "found");
    }
}
