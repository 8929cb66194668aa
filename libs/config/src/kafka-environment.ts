import { readFileSync } from 'node:fs';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

import { splitList } from './split-list';

@ValidatorConstraint({ name: 'brokerAuthenticatedInProduction' })
class BrokerAuthenticatedInProduction implements ValidatorConstraintInterface {
  validate(mechanism: unknown, { object }: ValidationArguments): boolean {
    return (object as { NODE_ENV?: string }).NODE_ENV !== 'production' || mechanism !== 'none';
  }

  defaultMessage(): string {
    return 'KAFKA_SASL_MECHANISM must not be none in production: the broker must authenticate';
  }
}

/**
 * How a process reaches the broker and who it is there: the services and the operators' tools
 * (dead-letter re-drive, projection rebuild, access provisioning) validate it the same way.
 */
export class KafkaEnvironment {
  /** Only read to refuse an unauthenticated broker in production. */
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @Transform(splitList)
  @ArrayMinSize(1)
  @Matches(/^[A-Za-z0-9.-]+:\d+$/, {
    each: true,
    message: 'KAFKA_BROKERS must be host:port[,host:port]',
  })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  /**
   * How the service authenticates to the broker: `scram-sha-512` (every deployment the project
   * ships: deploy/local, docker-compose, Kubernetes), `scram-sha-256`, or `none` for a broker
   * without authentication (testcontainers). Production refuses `none`.
   */
  @IsIn(['none', 'scram-sha-256', 'scram-sha-512'], {
    message: 'KAFKA_SASL_MECHANISM must be none, scram-sha-256 or scram-sha-512',
  })
  @Validate(BrokerAuthenticatedInProduction)
  KAFKA_SASL_MECHANISM: string = 'none';

  /** The service's own principal (one per service; the ACLs are written for it). */
  @ValidateIf((environment: KafkaEnvironment) => environment.KAFKA_SASL_MECHANISM !== 'none')
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, {
    message: 'KAFKA_SASL_USERNAME is required with SASL and may use letters, digits, . _ -',
  })
  KAFKA_SASL_USERNAME: string = '';

  @ValidateIf((environment: KafkaEnvironment) => environment.KAFKA_SASL_MECHANISM !== 'none')
  @IsNotEmpty({ message: 'KAFKA_SASL_PASSWORD is required with SASL' })
  KAFKA_SASL_PASSWORD: string = '';

  /** `true` for TLS to the broker (SASL_SSL); KAFKA_SSL_CA_FILE names a private CA's PEM file. */
  @IsIn(['true', 'false'], { message: 'KAFKA_SSL must be true or false' })
  KAFKA_SSL: string = 'false';

  @IsString()
  KAFKA_SSL_CA_FILE: string = '';

  @Matches(/^[A-Za-z0-9._-]*$/, { message: 'KAFKA_TOPIC_PREFIX may use letters, digits, . _ -' })
  KAFKA_TOPIC_PREFIX: string = '';

  @IsInt()
  @Min(1)
  @Max(1000)
  KAFKA_TOPIC_PARTITIONS: number = 3;

  @IsInt()
  @Min(1)
  @Max(7)
  KAFKA_REPLICATION_FACTOR: number = 1;
}

interface ScramCredentials<M extends string> {
  mechanism: M;
  username: string;
  password: string;
}

/**
 * How a client proves who it is to the broker, and whether the connection is encrypted: the
 * `sasl` and `ssl` options of a kafkajs client.
 */
export interface KafkaSecurity {
  sasl?: ScramCredentials<'scram-sha-256'> | ScramCredentials<'scram-sha-512'>;
  ssl?: true | { ca: string[] };
}

type KafkaSecuritySettings = Pick<
  KafkaEnvironment,
  | 'KAFKA_SASL_MECHANISM'
  | 'KAFKA_SASL_USERNAME'
  | 'KAFKA_SASL_PASSWORD'
  | 'KAFKA_SSL'
  | 'KAFKA_SSL_CA_FILE'
>;

/** The client security of validated settings; the CA file is read once, at start-up. */
export function kafkaSecurityFrom(settings: KafkaSecuritySettings): KafkaSecurity {
  const security: KafkaSecurity = {};
  const mechanism = settings.KAFKA_SASL_MECHANISM;
  const credentials = {
    username: settings.KAFKA_SASL_USERNAME,
    password: settings.KAFKA_SASL_PASSWORD,
  };
  if (mechanism === 'scram-sha-256') {
    security.sasl = { mechanism, ...credentials };
  } else if (mechanism === 'scram-sha-512') {
    security.sasl = { mechanism, ...credentials };
  }
  if (settings.KAFKA_SSL === 'true') {
    security.ssl = settings.KAFKA_SSL_CA_FILE
      ? { ca: [readFileSync(settings.KAFKA_SSL_CA_FILE, 'utf8')] }
      : true;
  }
  return security;
}

/**
 * The environment variables that give a child process (a service started by a test, the
 * benchmark or the fault suite) the same principal and TLS settings.
 */
export function kafkaSecurityEnvironment(settings: KafkaSecuritySettings): Record<string, string> {
  return {
    KAFKA_SASL_MECHANISM: settings.KAFKA_SASL_MECHANISM,
    KAFKA_SASL_USERNAME: settings.KAFKA_SASL_USERNAME,
    KAFKA_SASL_PASSWORD: settings.KAFKA_SASL_PASSWORD,
    KAFKA_SSL: settings.KAFKA_SSL,
    KAFKA_SSL_CA_FILE: settings.KAFKA_SSL_CA_FILE,
  };
}
