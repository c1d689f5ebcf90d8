package com.healthoptions.mtm.infra;

import java.util.List;

/**
 * One route of the member-services HTTP API and who may call it. The API stack builds the routes from
 * this table; each function stack grants API Gateway exactly its own routes from the same table.
 */
public record HttpRoute(String method, String path, FunctionSpec function, Access access) {

    public enum Access {
        /** Portal JWT carrying the staff scope (member services, batch). */
        STAFF,
        /** Any valid portal JWT; the function reads the member id from the token's claims. */
        MEMBER,
        /** No token; throttled harder at the stage. */
        PUBLIC
    }

    public static final List<HttpRoute> ALL = List.of(
            new HttpRoute("GET", "/members/{memberId}/eligibility", FunctionSpec.ELIGIBILITY, Access.STAFF),
            new HttpRoute("POST", "/eligibility/evaluations", FunctionSpec.ELIGIBILITY, Access.STAFF),
            new HttpRoute("GET", "/plans/{planId}/criteria/{planYear}", FunctionSpec.ELIGIBILITY, Access.STAFF),
            new HttpRoute("GET", "/members/{memberId}/enrollment", FunctionSpec.OPT_OUT, Access.MEMBER),
            new HttpRoute("POST", "/members/{memberId}/opt-out", FunctionSpec.OPT_OUT, Access.MEMBER),
            new HttpRoute("DELETE", "/members/{memberId}/opt-out", FunctionSpec.OPT_OUT, Access.MEMBER),
            new HttpRoute("GET", "/disposal-guidance", FunctionSpec.DISPOSAL_GUIDANCE, Access.PUBLIC),
            new HttpRoute("GET", "/disposal-sites", FunctionSpec.DISPOSAL_GUIDANCE, Access.PUBLIC),
            new HttpRoute("GET", "/disposal-events/next", FunctionSpec.DISPOSAL_GUIDANCE, Access.PUBLIC));

    /** API Gateway's route key, e.g. {@code GET /disposal-sites}. */
    public String routeKey() {
        return method + " " + path;
    }

    /** The part of an execute-api ARN after the stage: path parameters become wildcards. */
    public String executeApiResource() {
        return method + path.replaceAll("\\{[^}]+}", "*");
    }

    public static List<HttpRoute> of(FunctionSpec function) {
        return ALL.stream().filter(r -> r.function == function).toList();
    }

    public static List<FunctionSpec> httpFunctions() {
        return ALL.stream().map(HttpRoute::function).distinct().toList();
    }
}
