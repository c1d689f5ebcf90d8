# scripts/dev: how the claims-intake function runs locally (S3 events posted to /invoke; the local S3 API
# server scripts/dev starts on 127.0.0.1:9090 holds the intake bucket mtm-intake).
DEV_PORT=8081
DEV_KIND=event
DEV_ENV=("MTM_INTAKE_S3_ENDPOINT=http://127.0.0.1:9090" "MTM_INTAKE_CONTINUATION=none" "MTM_INTAKE_TIME_RESERVE=PT5S")

dev_walkthrough() {
  cat <<WALK
== Claims intake (POST S3 events to http://127.0.0.1:$DEV_PORT/invoke; bucket mtm-intake on http://127.0.0.1:9090)
  # Drop the demo claims file (a key with spaces) and send its ObjectCreated event: DEMO-011 gets an eighth
  # chronic drug and DEMO-001 a new fill, so both are enrolled for 2026; one row reverses a DEMO-014 claim.
  bash src/functions/claims-intake/dev/send.sh src/functions/claims-intake/dev/demo-claims.csv 'pharmacy-claims/demo/2026-10 demo claims.csv'
  # send.sh printed the answer and this version's report (reports/<key>/<version>.json); the new enrollees
  # for the mailer and the IVR are at the report's outreachKey:
  curl -s "http://127.0.0.1:9090/mtm-intake/\$(sed -n 's/.*"outreachKey" *: *"\([^"]*\)".*/\1/p' /tmp/mtm-intake-last-report.json)"
  # The same object again: DUPLICATE, nothing changes
  bash src/functions/claims-intake/dev/send.sh src/functions/claims-intake/dev/demo-claims.csv 'pharmacy-claims/demo/2026-10 demo claims.csv'
  # Four bad rows of four: REJECTED, each listed by line, column and reason (never the value)
  bash src/functions/claims-intake/dev/send.sh src/functions/claims-intake/dev/demo-claims-bad.csv 'pharmacy-claims/demo/bad.csv'
  # Files that stopped moving (what the 15-minute schedule asks in AWS)
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d '{"source":"aws.events","detail-type":"Scheduled Event","detail":{}}'
  # Enrollment and its audit trail
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select * from mtm_enrollment where plan_year = 2026"
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select actor, action, member_id, outcome, details from audit_event order by id"
WALK
}
