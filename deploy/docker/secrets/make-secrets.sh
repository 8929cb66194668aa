#!/usr/bin/env bash
# Run once by the `secrets` service of docker-compose.yml (in the Kafka image, which has keytool):
# writes the deployment's secrets into the volume mounted at /secrets, and keeps them on later runs.
#   kafka-<principal>        SCRAM-SHA-512 password of each broker principal (one per service,
#                            `admin` for operators and the broker, `agency-demo` read-only)
#   kafka.p12, kafka-ca.pem  the broker's TLS key pair and the certificate clients trust
#   mongo-root, mongo-keyfile, mongo-<service>, mongo-url-<service>
#                            the store's administrator, replica-set key, and a user per service
#                            database (readWrite on that database only), with its connection URL
# In Kubernetes these are Secrets made by the operators' tooling instead (deploy/k8s/README.md).
set -euo pipefail
SECRETS=${SECRETS:-/secrets}
PRINCIPALS=(admin intake deadline correspondence survey feedback reporting agency-demo)
SERVICES=(intake deadline correspondence survey feedback reporting)
umask 077
cd "$SECRETS"

random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }
keep() { [[ -s $1 ]] || random "${2:-32}" >"$1"; }

for name in "${PRINCIPALS[@]}"; do keep "kafka-$name"; done
keep kafka-keystore-password
if [[ ! -s kafka.p12 ]]; then
  keytool -genkeypair -alias kafka -keyalg RSA -keysize 3072 -validity 825 \
    -dname 'CN=kafka, O=chinh-quyen-than-thien' -ext 'SAN=dns:kafka,dns:localhost,ip:127.0.0.1' \
    -storetype PKCS12 -keystore kafka.p12 -storepass "$(cat kafka-keystore-password)" >/dev/null 2>&1
  keytool -exportcert -rfc -alias kafka -keystore kafka.p12 \
    -storepass "$(cat kafka-keystore-password)" >kafka-ca.pem 2>/dev/null
fi

keep mongo-root
keep mongo-keyfile 756
for service in "${SERVICES[@]}"; do
  keep "mongo-$service"
  printf 'mongodb://%s:%s@mongo:27017/%s?replicaSet=rs0&authSource=%s' \
    "$service" "$(cat "mongo-$service")" "$service" "$service" >"mongo-url-$service"
done

# The containers read them as their own users (Kafka's appuser, the services' node): the volume is
# mounted read-only, and only into this deployment's containers. mongod refuses a key file that
# others can read, so that one belongs to its user (999) alone.
chmod 0444 ./*
chown 999 mongo-keyfile; chmod 0400 mongo-keyfile
echo "secrets ready in $SECRETS"
