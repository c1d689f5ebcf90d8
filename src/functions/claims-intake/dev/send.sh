#!/usr/bin/env bash
# Puts FILE into the local intake bucket under KEY and sends the S3 ObjectCreated event for it to the
# locally running claims-intake function; prints the function's answer and the report it wrote (each
# object version has its own, reports/<key>/<version>.json; the last one is also kept in
# /tmp/mtm-intake-last-report.json).
#   bash src/functions/claims-intake/dev/send.sh FILE KEY [S3_URL] [FUNCTION_URL]
set -euo pipefail
file="$1"; key="$2"
s3="${3:-http://127.0.0.1:9090}"; function="${4:-http://127.0.0.1:8081}"; bucket=mtm-intake
# encode KEY SPACE: each character but '/' and unreserved ones as %XX, a space as SPACE (ASCII keys).
encode() {
  local s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_/-]) out+="$c" ;;
      ' ') out+="$2" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}
# In URLs a space is %20; in S3 events keys are form-encoded, a space is '+', as S3 sends them.
url_key=$(encode "$key" '%20')
event_key=$(encode "$key" '+')
curl -s -o /dev/null -X PUT "$s3/$bucket" || true
etag=$(curl -sf -T "$file" -D - -o /dev/null "$s3/$bucket/$url_key" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p')
[ -n "$etag" ] || { echo "could not upload to $s3/$bucket (is the local S3 running?)" >&2; exit 1; }
answer=$(curl -s -X POST "$function/invoke" --data-binary @- <<JSON
{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1","eventTime":"$(date -u +%Y-%m-%dT%H:%M:%S.000Z)",
 "eventName":"ObjectCreated:Put","s3":{"s3SchemaVersion":"1.0","configurationId":"dev",
 "bucket":{"name":"$bucket","arn":"arn:aws:s3:::$bucket"},
 "object":{"key":"$event_key","size":$(stat -c %s "$file"),"eTag":"$etag","sequencer":"$(printf '%016X' "$(date +%s%N)")"}}}]}
JSON
)
echo "$answer"
report_key=$(printf '%s' "$answer" | sed -n 's/.*"reportKey" *: *"\([^"]*\)".*/\1/p')
if [ -n "$report_key" ]; then
  echo "== $report_key"
  curl -s "$s3/$bucket/$(encode "$report_key" '%20')" | tee /tmp/mtm-intake-last-report.json
  echo
fi
