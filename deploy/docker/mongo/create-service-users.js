// Run once by the mongo image on an empty data directory (/docker-entrypoint-initdb.d), as the
// administrator it creates from MONGO_INITDB_ROOT_*: one user per service, allowed to read and
// write its own database only. The passwords come from the `secrets` service.
const fs = require('fs');

for (const service of ['intake', 'deadline', 'correspondence', 'survey', 'feedback', 'reporting']) {
  const pwd = fs.readFileSync(`/secrets/mongo-${service}`, 'utf8').trim();
  db.getSiblingDB(service).createUser({
    user: service,
    pwd,
    roles: [{ role: 'readWrite', db: service }],
  });
}
