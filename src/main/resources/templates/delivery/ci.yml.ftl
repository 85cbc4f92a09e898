name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '${platform["java"]}'
          cache: maven
      # Tests start PostgreSQL from embedded binaries: no service container or Docker needed.
      - name: Build and test
        run: ./mvnw -B verify
      - name: Coverage report
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: jacoco
          path: target/site/jacoco/
