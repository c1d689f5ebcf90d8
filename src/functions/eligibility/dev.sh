# scripts/dev: how the eligibility function runs locally.
DEV_PORT=8080
DEV_KIND=http

dev_walkthrough() {
  cat <<WALK
== Eligibility (http://127.0.0.1:$DEV_PORT)
  # Is DEMO-001 MTM-eligible for 2024, and why? (eight chronic drugs, three conditions, cost over \$5,330)
  curl -s 'http://127.0.0.1:$DEV_PORT/members/DEMO-001/eligibility?planYear=2024&asOf=2024-12-31'
  # DEMO-013 misses 2024's \$5,330 by eight cents for the full year; DEMO-017 qualifies by the DMP alone (02)
  curl -s 'http://127.0.0.1:$DEV_PORT/members/DEMO-013/eligibility?planYear=2024&asOf=2024-12-31'
  curl -s 'http://127.0.0.1:$DEV_PORT/members/DEMO-017/eligibility?planYear=2024'
  # A what-if profile, nothing stored; the plan's criteria per year
  curl -s -X POST 'http://127.0.0.1:$DEV_PORT/eligibility/evaluations' -H 'Content-Type: application/json' \\
    -d '{"planId":"S5801-001","planYear":2026,"asOf":"2026-06-30","dmpAtRisk":false,"diagnoses":[{"code":"E11.9","serviceDate":"2026-01-10"}],"fills":[{"drugName":"Lipitor 20 mg","fillDate":"2026-02-01","daysSupply":30,"grossCost":14.20}]}'
  curl -s 'http://127.0.0.1:$DEV_PORT/plans/S5801-001/criteria/2026'
WALK
}
