# scripts/dev: how the PIN verification function runs locally (Amazon Connect events on POST /invoke).
DEV_PORT=8082
DEV_KIND=event
# A throwaway key per run (the dev database is recreated each run too). In AWS it comes from Secrets Manager.
DEV_ENV=("MTM_PIN_HMAC_KEY=$(head -c 32 /dev/urandom | base64)")

dev_walkthrough() {
  cat <<WALK
== PIN verification (Amazon Connect events: POST http://127.0.0.1:$DEV_PORT/invoke)
  # Sample ContactFlowEvents are in src/functions/pin-verification/dev/; this helper gives each call a fresh
  # ContactId (or \$CONTACT to repeat one) and fills in \$PIN:
  pin_call() { sed -e "s/CONTACT_ID/\${CONTACT:-dev-\$RANDOM\$RANDOM}/g" -e "s/PIN_FROM_VOICEMAIL/\${PIN:-}/" \\
      "src/functions/pin-verification/dev/\$1.json" | curl -s -X POST --data-binary @- http://127.0.0.1:$DEV_PORT/invoke; echo; }
  # Outbound call to DEMO-030 reached voicemail: issue a PIN (the only time it exists in clear)
  PIN=\$(pin_call issue | tee /dev/stderr | sed -n 's/.*"pin":"\([0-9]*\)".*/\1/p')
  # DEMO-001 calls back from the phone on file: date of birth + ZIP are enough (ANI)
  pin_call verify-ani
  # A couple shares +13125550128: date of birth + ZIP pick DEMO-029
  pin_call verify-ani-shared-line
  # DEMO-030 calls from another number: first PIN_REQUIRED, then verified by the PIN (used up)
  pin_call verify-pin-required
  pin_call verify-pin
  pin_call verify-pin                      # the same PIN again: NOT_VERIFIED
  # Withheld caller id (CustomerEndpoint null): a new PIN (the old one stops working) verifies; a wrong one
  # fails once per call, then LOCKED for that call; all withheld callers share one limit
  PIN=\$(pin_call issue | sed -n 's/.*"pin":"\([0-9]*\)".*/\1/p'); pin_call verify-withheld
  # Three wrong answers for DEMO-002 lock it for 30 minutes, even against the right answers
  for i in 1 2 3 4; do pin_call verify-ani-wrong; done
  # A retry (same ContactId and parameters) gets the stored answer and counts nothing
  CONTACT=dev-retry-\$RANDOM; pin_call issue; pin_call issue; unset CONTACT
  # Garbage (February 30) is INVALID_INPUT
  pin_call verify-invalid
  # Audit trail: who tried what, when, with which outcome (never the PIN, date of birth, ZIP or phone)
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select occurred_at, action, member_id, outcome, details, correlation_id from audit_event where actor = 'connect' order by id"
WALK
}
