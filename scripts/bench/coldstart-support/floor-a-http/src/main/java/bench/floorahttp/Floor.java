package bench.floorahttp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One GET that only answers: what is left of an HTTP function's cold start is Quarkus REST, the HTTP adapter and the JVM. */
@Path("/floor")
public class Floor {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String answer() {
        return "floor";
    }
}
