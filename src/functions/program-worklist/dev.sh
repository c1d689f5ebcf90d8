# scripts/dev: how the daily work list function runs locally (its scheduler event, or {"date": ...}, posted to
# /invoke; it writes worklists/<date>/ to the local S3 bucket mtm-intake on 127.0.0.1:9090).
DEV_PORT=8085
DEV_KIND=event
DEV_ENV=("MTM_PROGRAM_S3_ENDPOINT=http://127.0.0.1:9090")

dev_walkthrough() {
  cat <<WALK
== Daily work list (POST the scheduler's event to http://127.0.0.1:$DEV_PORT/invoke)
  # Today's list, as the schedule sends it (run the claims walkthrough first and DEMO-001/DEMO-011 are 2026 enrollees)
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d "{\"scheduledTime\":\"\$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"scheduleArn\":\"arn:aws:scheduler:us-east-1:123456789012:schedule/default/mtm-program-worklist\",\"executionId\":\"dev\",\"attemptNumber\":\"1\"}"; echo
  # 30 June 2024, after the program records of the CMS walkthrough: who was due or overdue for what
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d '{"date":"2024-06-30"}'; echo
  curl -s 'http://127.0.0.1:9090/mtm-intake/worklists/2024-06-30/work-list.csv'
  curl -s 'http://127.0.0.1:9090/mtm-intake/worklists/2024-06-30/summary.json'
  # The schedule fires again the same day: ALREADY_WRITTEN, the day's list stays as it was
  curl -s -X POST http://127.0.0.1:$DEV_PORT/invoke -d '{"date":"2024-06-30"}'; echo
WALK
}
