#!/usr/bin/env bash
# Samling's own multipart parser against Commons FileUpload 2's streaming API, on the same
# 1 GiB upload body generated in memory (no disk, no network): the parser's own cost.
# Usage: bench/multipart-benchmark.sh   (from the project root; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/bench-multipart
mkdir -p "$WORK/lib"
[ -f target/classes/org/samling/platform/rest/MultipartStream.class ] || mvn -B -q -DskipTests compile
cat > "$WORK/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>multipart</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.commons</groupId><artifactId>commons-fileupload2-jakarta-servlet6</artifactId><version>2.0.0-M4</version></dependency>
    <dependency><groupId>jakarta.platform</groupId><artifactId>jakarta.jakartaee-api</artifactId><version>10.0.0</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$WORK/pom.xml" dependency:copy-dependencies -DoutputDirectory=lib
CP="target/classes:$(ls "$WORK"/lib/*.jar | tr '\n' ':')"
javac -d "$WORK/classes" -cp "$CP" bench/multipart/MultipartParsers.java
java -Xmx512m -cp "$WORK/classes:$CP" bench.MultipartParsers
