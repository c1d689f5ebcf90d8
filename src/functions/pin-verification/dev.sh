# scripts/dev: how the PIN verification function runs locally (Amazon Connect events on POST /invoke).
DEV_PORT=8082
DEV_KIND=event
# The PIN key ring comes from Secrets Manager; locally from the stand-in the tests use (the real
# GetSecretValue wire protocol, on 127.0.0.1:8092), holding a throwaway key made for this run.
PIN_KEY_STAND_IN_PORT=8092
PIN_KEY_SECRET_ARN="arn:aws:secretsmanager:us-east-1:000000000000:secret:mtm/pin-hmac-key-dev"
DEV_ENV=("MTM_PIN_KEY_SECRET_ID=$PIN_KEY_SECRET_ARN" "MTM_PIN_KEY_ENDPOINT=http://127.0.0.1:$PIN_KEY_STAND_IN_PORT"
         "AWS_REGION=us-east-1" "AWS_ACCESS_KEY_ID=AKIDLOCALDEV" "AWS_SECRET_ACCESS_KEY=local-dev-not-a-secret")

dev_before_start() {
  local ring
  ring="{\"current\":\"dev\",\"dev\":\"$(head -c 32 /dev/urandom | base64)\"}"
  # Ends by itself when scripts/dev (this shell's parent, $$) ends.
  "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" \
    src/functions/pin-verification/src/test/java/com/healthoptions/mtm/verification/connect/SecretsManagerStandIn.java \
    "$PIN_KEY_STAND_IN_PORT" "$PIN_KEY_SECRET_ARN" "$ring" "$$" >"${LOCAL_LAMBDA_LOG_DIR:-/tmp}/pin-key-stand-in.log" 2>&1 &
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$PIN_KEY_STAND_IN_PORT/_requests" && return 0
    sleep 0.2
  done
  echo "the Secrets Manager stand-in did not start (see pin-key-stand-in.log)" >&2
  return 1
}

dev_walkthrough() {
  cat <<WALK
== PIN verification (Amazon Connect events: POST http://127.0.0.1:$DEV_PORT/invoke)
  # Sample ContactFlowEvents are in src/functions/pin-verification/dev/; this helper gives each call a fresh
  # ContactId (or \$CONTACT to repeat one) and fills in \$PIN:
  pin_call() { sed -e "s/CONTACT_ID/\${CONTACT:-dev-\$RANDOM\$RANDOM}/g" -e "s/PIN_FROM_VOICEMAIL/\${PIN:-}/" \\
      "src/functions/pin-verification/dev/\$1.json" | curl -s -X POST --data-binary @- http://127.0.0.1:$DEV_PORT/invoke; echo; }
  # Outbound call to DEMO-003's phone on file reached voicemail: issue a PIN (the only time it exists in clear)
  PIN=\$(pin_call issue | tee /dev/stderr | sed -n 's/.*"pin":"\([0-9]*\)".*/\1/p')
  # DEMO-001 calls back from the phone on file: date of birth + ZIP are enough (ANI)
  pin_call verify-ani
  # A couple shares +13125550128: date of birth + ZIP pick DEMO-029
  pin_call verify-ani-shared-line
  # DEMO-003 calls from another number: first PIN_REQUIRED, then verified by the PIN (used up)
  pin_call verify-pin-required
  pin_call verify-pin
  pin_call verify-pin                      # the same PIN again: NOT_VERIFIED
  # Withheld caller id (CustomerEndpoint null): a new PIN (the old one stops working) verifies; a wrong one
  # fails once per call, then LOCKED for that call; all withheld callers share one limit
  PIN=\$(pin_call issue | sed -n 's/.*"pin":"\([0-9]*\)".*/\1/p'); pin_call verify-withheld
  # Wrong answers from DEMO-002's phone get what any unknown number gets (PIN_REQUIRED): no member is
  # charged; after five, that number verifies nobody by ANI for a day (a hidden allowance)
  for i in 1 2 3 4 5 6; do pin_call verify-ani-wrong; done
  # A retry (same ContactId and parameters) gets the stored answer and counts nothing
  CONTACT=dev-retry-\$RANDOM; pin_call issue; pin_call issue; unset CONTACT
  # Garbage (February 30) is INVALID_INPUT
  pin_call verify-invalid
  # Audit trail: who tried what, when, with which outcome (never the PIN, date of birth, ZIP or phone)
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select occurred_at, action, member_id, outcome, details, correlation_id from audit_event where actor = 'connect' order by id"
  # Counters: members, calls, caller numbers and lines (keyed hashes), the global PIN-path budget
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select subject_kind, left(subject_key, 16) as subject, failures, consecutive_failures, locked_until, held from verification_throttle order by 1, 2"
WALK
}
