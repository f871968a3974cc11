#!/usr/bin/env bash
# Runs the Spark job from this checkout without a cluster or a Spark download, exactly as spark-submit would:
# Spark's own class path (tools/spark-local/pom.xml, resolved by Maven once) and target/perfdecl.jar as the
# application jar.
#   tools/spark-local.sh [--master local[2]] [spark-submit options...] INPUT_URI OUTPUT_URI [--partitions N] [--timeout S]
# Build the jar first: mvn -B -q -DskipTests package
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cp_file=$root/target/spark-runtime.classpath
if [[ ! -s $cp_file ]]; then
  mvn -B -q -f "$root/tools/spark-local/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
fi
master=local[2]
submit=()
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --master) master=$2; shift 2 ;;
    *) submit+=("$1" "$2"); shift 2 ;;
  esac
done
# the opens Spark's launcher passes on Java 17
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
exec java ${SPARK_DRIVER_MEMORY:+-Xmx$SPARK_DRIVER_MEMORY} "${opens[@]}" -Djava.awt.headless=true \
  -Dlog4j2.configurationFile="$root/tools/spark-local/log4j2.properties" \
  -cp "$(cat "$cp_file")" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --conf spark.ui.enabled=false ${submit[@]+"${submit[@]}"} \
  --class perfdecl.spark.SparkExtract "$root/target/perfdecl.jar" "$@"
