# scripts/dev: how the opt-out function runs locally. LocalLambda turns the X-Local-Jwt-Claims header into
# the verified claims API Gateway's JWT authorizer would put in requestContext.authorizer.jwt.claims.
DEV_PORT=8083
DEV_KIND=http
# Production must name the portal's origins; locally, a portal dev server.
DEV_ENV=("QUARKUS_HTTP_CORS_ORIGINS=http://localhost:3000")

dev_walkthrough() {
  cat <<WALK
== Opt-out (http://127.0.0.1:$DEV_PORT) -- the member portal's view of MTM enrollment, current plan year
  # DEMO-001 (eligible) reads their own enrollment; their token carries member_id
  curl -s 'http://127.0.0.1:$DEV_PORT/members/DEMO-001/enrollment' -H 'X-Local-Jwt-Claims: {"sub":"demo-ada","member_id":"DEMO-001"}'
  # Someone else's member id: 403, whether or not it exists; no claims at all: 401
  curl -s 'http://127.0.0.1:$DEV_PORT/members/DEMO-002/enrollment' -H 'X-Local-Jwt-Claims: {"sub":"demo-ada","member_id":"DEMO-001"}'
  curl -s 'http://127.0.0.1:$DEV_PORT/members/DEMO-001/enrollment'
  # Opt out (reason 03, beneficiary request, by default). Run it twice: the same key gives the same answer,
  # with Idempotent-Replayed: true, and changes nothing
  curl -si -X POST 'http://127.0.0.1:$DEV_PORT/members/DEMO-001/opt-out' -H 'Idempotency-Key: demo-click-1' \\
    -H 'X-Local-Jwt-Claims: {"sub":"demo-ada","member_id":"DEMO-001"}'
  # A member may not record death (01), disenrollment (02) or other (99): 403
  curl -s -X POST 'http://127.0.0.1:$DEV_PORT/members/DEMO-001/opt-out' -H 'Content-Type: application/json' -d '{"reason":"01"}' \\
    -H 'X-Local-Jwt-Claims: {"sub":"demo-ada","member_id":"DEMO-001"}'
  # Opt back in: DEMO-001 is eligible today, so ENROLLED again at once
  curl -s -X DELETE 'http://127.0.0.1:$DEV_PORT/members/DEMO-001/opt-out' -H 'X-Local-Jwt-Claims: {"sub":"demo-ada","member_id":"DEMO-001"}'
  # Staff (scope mtm/staff) act on any member with any reason; DEMO-014 is not eligible, so opting back in
  # leaves NOT_ENROLLED until an eligibility run finds them eligible
  curl -s -X POST 'http://127.0.0.1:$DEV_PORT/members/DEMO-014/opt-out' -H 'Content-Type: application/json' -d '{"reason":"99"}' \\
    -H 'X-Local-Jwt-Claims: {"sub":"staff-demo","scope":"openid mtm/staff"}'
  curl -s -X DELETE 'http://127.0.0.1:$DEV_PORT/members/DEMO-014/opt-out' -H 'X-Local-Jwt-Claims: {"sub":"staff-demo","scope":"openid mtm/staff"}'
  # Every change is an audit row (actor, old and new state, reason, API Gateway request id)
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select occurred_at, actor, action, member_id, details, correlation_id from audit_event where action like 'MTM_OPTED%' order by id"
  # The OpenAPI document (also kept in src/functions/opt-out/openapi/openapi.yaml)
  curl -s 'http://127.0.0.1:$DEV_PORT/q/openapi'
WALK
}
