wrapperVersion=${platform["maven-wrapper"]}
distributionType=only-script
distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/${platform["maven"]}/apache-maven-${platform["maven"]}-bin.zip
