import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * Adds (or replaces) one SCRAM-SHA-512 user on a running broker, as the admin principal.
 * Run by `infra.sh kafka-principal NAME` in Java's single-file source mode, so the local
 * deployment needs no Kafka command-line distribution. Arguments: bootstrap adminPassword
 * name password. The password of the new user is read from the arguments, never logged.
 */
public final class AddScramPrincipal {
  private AddScramPrincipal() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: AddScramPrincipal <bootstrap> <admin password> <name> <password>");
      System.exit(2);
    }
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    props.put("security.protocol", "SASL_PLAINTEXT");
    props.put("sasl.mechanism", "SCRAM-SHA-512");
    props.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
            + args[1]
            + "\";");
    try (Admin admin = Admin.create(props)) {
      ScramCredentialInfo info = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192);
      admin
          .alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(args[2], info, args[3])))
          .all()
          .get();
    }
    System.out.println("principal " + args[2] + " ready");
  }
}
