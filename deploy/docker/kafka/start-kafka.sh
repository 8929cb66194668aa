#!/usr/bin/env bash
# The broker of docker-compose.yml: SASL_SSL for every client (SCRAM-SHA-512, TLS with the key pair
# of the `secrets` service), ACLs enforced, and the SCRAM users added when the storage is formatted.
# The controller listener cannot use SCRAM (it must authenticate before it reads the users), so it
# uses PLAIN, over TLS as well. Same settings as deploy/local/server.properties.template.
set -euo pipefail
S=/secrets
CONFIG=/tmp/server.properties
admin=$(cat $S/kafka-admin)
store_password=$(cat $S/kafka-keystore-password)
umask 077
cat >"$CONFIG" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=INTERNAL://:19092,HOST://:9092,CONTROLLER://:9093
advertised.listeners=INTERNAL://kafka:19092,HOST://localhost:9092
listener.security.protocol.map=INTERNAL:SASL_SSL,HOST:SASL_SSL,CONTROLLER:SASL_SSL
inter.broker.listener.name=INTERNAL
controller.listener.names=CONTROLLER
ssl.keystore.type=PKCS12
ssl.keystore.location=$S/kafka.p12
ssl.keystore.password=$store_password
ssl.truststore.type=PEM
ssl.truststore.location=$S/kafka-ca.pem
ssl.endpoint.identification.algorithm=https
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$admin" user_admin="$admin";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
PROPERTIES

scram=()
for file in $S/kafka-*; do
  name=${file#$S/kafka-}
  case $name in ca.pem | keystore-password | *.p12) continue ;; esac
  scram+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$(cat "$file")]")
done
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$CLUSTER_ID" -c "$CONFIG" "${scram[@]}"

# The health check's client settings, as the operators' principal.
cat >/tmp/admin.properties <<PROPERTIES
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin";
ssl.truststore.type=PEM
ssl.truststore.location=$S/kafka-ca.pem
PROPERTIES
exec /opt/kafka/bin/kafka-server-start.sh "$CONFIG"
