# scripts/dev: how the CMS beneficiary-level MTM file function runs locally (its scheduler event, or an
# on-demand one, posted to /invoke; it writes to the local S3 bucket mtm-intake on 127.0.0.1:9090). The
# walkthrough first plays plan year 2024 of the demo enrollees through the intake (claims-intake on :8081).
DEV_PORT=8086
DEV_KIND=event
DEV_ENV=("MTM_PROGRAM_S3_ENDPOINT=http://127.0.0.1:9090")

dev_walkthrough() {
  cat <<WALK
== MTM program records and the CMS file (records through claims-intake :8081; CMS file: POST http://127.0.0.1:$DEV_PORT/invoke)
  # The demo enrollees of 2024 (DEMO-001, -002, -017, -021) get their MBIs from a roster file (DEMO-021 none)
  send() { bash src/functions/claims-intake/dev/send.sh "src/functions/cms-mtm-file/dev/\$1" "\$2"; }
  send roster-with-mbi.csv members/demo/roster-with-mbi.csv
  # The outbound call to DEMO-001 reaches voicemail: the IVR issues the PIN on Connect contact dev-voicemail-demo-001
  sed -e 's/CONTACT_ID/dev-voicemail-demo-001/g' -e 's/DEMO-030/DEMO-001/' -e 's/+13125550130/+13125550101/' \\
      src/functions/pin-verification/dev/issue.json | curl -s -X POST --data-binary @- http://127.0.0.1:8082/invoke; echo
  # The vendor's exports: outreach attempts (the voicemail names that contact), CMR offers, CMRs, TMRs, disposal notices
  send outreach-attempts.csv outreach-attempts/demo/2024.csv
  send cmr-offers.csv cmr-offers/demo/2024.csv
  send cmrs.csv cmrs/demo/2024.csv
  send tmrs.csv tmrs/demo/2024.csv
  send safe-disposal-notices.csv safe-disposal-notices/demo/2024.csv
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "select a.attempt_id, a.outcome, a.pin_challenge_id, p.issued_contact_id from outreach_attempt a left join pin_challenge p on p.id = a.pin_challenge_id"
  # Five bad rows of five (unknown member, before enrollment, not enrolled, unknown code, impossible outcome):
  # REJECTED, each listed by line, column and reason, never the value
  send outreach-attempts-bad.csv outreach-attempts/demo/bad.csv
  curl -s 'http://127.0.0.1:9090/mtm-intake/reports/outreach-attempts/demo/bad.csv.json'
  # The same TMR file again: DUPLICATE, nothing changes
  send tmrs.csv tmrs/demo/2024.csv
  # DEMO-017 left the plan on 30 September 2024 (opt-out reason 02, as staff record it)
  psql -h 127.0.0.1 -U postgres -d mtm_dev -c "update mtm_enrollment set opt_out_date = '2024-09-30', opt_out_reason = '02' where member_id = 'DEMO-017' and plan_year = 2024"
  # Build the 2024 file for contract S5801 on demand (the schedule sends {"scheduledTime": ...} instead)
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d '{"planYear":2024,"contracts":["S5801"],"date":"2025-02-01"}'; echo
  curl -s 'http://127.0.0.1:9090/mtm-intake/reports/cms/S5801/2024/2025-02-01/S5801-2024-mtm.txt' | cat -A | cut -c1-180
  curl -s 'http://127.0.0.1:9090/mtm-intake/reports/cms/S5801/2024/2025-02-01/validation-report.json'
  # The same build again: ALREADY_BUILT, nothing rewritten ("rebuild":true builds it again)
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d '{"planYear":2024,"contracts":["S5801"],"date":"2025-02-01"}'; echo
  # A year with no declared layout: NO_LAYOUT, nothing built
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d '{"planYear":2021,"date":"2025-02-01"}'; echo
WALK
}
