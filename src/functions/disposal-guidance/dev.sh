# scripts/dev: how the disposal-guidance function runs locally.
DEV_PORT=8084
DEV_KIND=http

# The sample ZIP centroids and take-back sites go into mtm_dev through the same loaders the intake
# function calls for reference/zip-centroids/ and reference/take-back-sites/.
dev_before_start() {
  local dir="$REPO_ROOT/src/functions/disposal-guidance/dev"
  "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$(domain_classpath)" "$dir/LoadReferenceFiles.java" "$(reactive_url mtm_dev)" \
    "$MTM_PG_USER" "$MTM_PG_PASSWORD" "zip-centroids=$dir/zip-centroids.sample.txt" \
    "take-back-sites=$dir/take-back-sites.sample.csv" >&2
}

dev_walkthrough() {
  cat <<WALK
== Disposal guidance (http://127.0.0.1:$DEV_PORT)
  # A flush-list opioid: take-back first, flushing only when no take-back is available
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=oxycodone'
  # Brand (Norco = hydrocodone + acetaminophen, strictest rule wins), misspelling, form words
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=Norco'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=oxycodon'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=fentanyl%20patch'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=ProAir%20HFA'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=Lantus%20SoloStar%20pen'
  # A C-IV off the flush list; an unknown name (200, match NONE, general guidance)
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=alprazolam'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?drug=grandmas%20blue%20pills'
  # By NDC (any published form; the demo database has no NDC directory rows, so this is match NONE)
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?ndc=0406-0523-01'
  # Nearest collection sites to a ZIP code (sample sites around Springfield, MA), Take Back Day
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-sites?zip=01103&radiusMiles=10&limit=5'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-events/next'
  # Problems: a malformed NDC, a radius out of range
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-guidance?ndc=12-34'
  curl -s 'http://127.0.0.1:$DEV_PORT/disposal-sites?zip=01103&radiusMiles=500'
WALK
}
