package com.healthoptions.mtm.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.DefaultAuthScheme;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * What outlives any one function: network, database behind RDS Proxy, secrets, the intake bucket and
 * the alarm topic. Function stacks reference these; nothing here references a function, so no cycle.
 */
public class DataStack extends Stack {

    public static final String DATABASE_NAME = "mtm";
    public static final int POSTGRES_PORT = 5432;

    private final Vpc vpc;
    private final GatewayVpcEndpoint s3Endpoint;
    private final InterfaceVpcEndpoint lambdaEndpoint;
    private final InterfaceVpcEndpoint secretsEndpoint;
    private final Role proxyRole;
    private final SecurityGroup secretsClients;
    private final DatabaseCluster cluster;
    private final DatabaseProxy proxy;
    private final SecurityGroup databaseClients;
    private final SecurityGroup migrationClients;
    private final SecurityGroup s3Clients;
    private final Secret pinHmacKey;
    private final Bucket intakeBucket;
    private final Topic alarmTopic;

    public DataStack(Construct scope, String id, StackProps props, InfraSettings settings) {
        super(scope, id, props);

        // Isolated subnets and no NAT: functions reach only the database and S3 (gateway endpoint).
        vpc = Vpc.Builder.create(this, "Network")
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("private").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(22).build()))
                .build();
        s3Endpoint = vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).build());

        SecurityGroup databaseSg = securityGroup("Database", "Aurora cluster: reachable from the proxy and the migration only");
        SecurityGroup proxySg = securityGroup("DatabaseProxy", "RDS Proxy: reachable from the functions only");
        databaseClients = securityGroup("DatabaseClients", "Functions that query through RDS Proxy");
        migrationClients = securityGroup("MigrationClients", "The deploy-time schema migration");
        s3Clients = securityGroup("S3Clients", "Functions that read or write the intake bucket");
        secretsClients = securityGroup("SecretsClients", "Functions that read a secret at run time (the PIN key)");

        proxySg.addIngressRule(databaseClients, Port.tcp(POSTGRES_PORT), "functions to proxy");
        databaseClients.addEgressRule(proxySg, Port.tcp(POSTGRES_PORT), "functions to proxy");
        databaseSg.addIngressRule(proxySg, Port.tcp(POSTGRES_PORT), "proxy to cluster");
        proxySg.addEgressRule(databaseSg, Port.tcp(POSTGRES_PORT), "proxy to cluster");
        // DDL goes straight to the writer: a migration should not depend on proxy pinning rules.
        databaseSg.addIngressRule(migrationClients, Port.tcp(POSTGRES_PORT), "migration to cluster");
        migrationClients.addEgressRule(databaseSg, Port.tcp(POSTGRES_PORT), "migration to cluster");
        // Only routes out of the isolated subnets on 443: the S3 gateway endpoint, and the Lambda interface
        // endpoint intake uses to continue a long file in a new invocation of itself.
        s3Clients.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "S3 and Lambda through their VPC endpoints");
        SecurityGroup lambdaEndpointSg = securityGroup("LambdaEndpoint", "Lambda API endpoint: the intake self-continuation");
        lambdaEndpointSg.addIngressRule(s3Clients, Port.tcp(443), "intake invokes itself");
        lambdaEndpoint = vpc.addInterfaceEndpoint("LambdaApi", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.LAMBDA)
                .privateDnsEnabled(true)
                .securityGroups(List.of(lambdaEndpointSg))
                .subnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .build());
        // Secrets read at run time, never through the environment: the migration's admin login, the PIN key.
        SecurityGroup secretsEndpointSg = securityGroup("SecretsEndpoint", "Secrets Manager API endpoint");
        for (SecurityGroup reader : List.of(migrationClients, secretsClients)) {
            secretsEndpointSg.addIngressRule(reader, Port.tcp(443), "reads a secret");
            reader.addEgressRule(secretsEndpointSg, Port.tcp(443), "Secrets Manager through its VPC endpoint");
        }
        secretsEndpoint = vpc.addInterfaceEndpoint("SecretsManagerApi", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
                .privateDnsEnabled(true)
                .securityGroups(List.of(secretsEndpointSg))
                .subnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .build());

        cluster = DatabaseCluster.Builder.create(this, "Database")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_16_9).build()))
                .credentials(Credentials.fromGeneratedSecret("mtm_admin", software.amazon.awscdk.services.rds.CredentialsBaseOptions.builder()
                        .secretName(databaseSecretName(settings)).build()))
                .defaultDatabaseName(DATABASE_NAME)
                // Function roles log in with IAM tokens (rds_iam, granted by the migration's callback).
                .iamAuthentication(true)
                .writer(ClusterInstance.serverlessV2("Writer"))
                // 0.5 ACU idles cheaply; 8 ACU covers a quarterly eligibility run with intake loading.
                .serverlessV2MinCapacity(0.5)
                .serverlessV2MaxCapacity(8)
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .securityGroups(List.of(databaseSg))
                .storageEncrypted(true)
                .deletionProtection(true)
                .backup(software.amazon.awscdk.services.rds.BackupProps.builder().retention(Duration.days(14)).build())
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();

        // Lambda scales out by instance; the proxy keeps the database's connection count flat. End-to-end IAM:
        // a function presents an IAM token for its own database user, and the proxy logs in to the cluster as
        // that user with IAM too, so no function password exists anywhere (no secret per user either).
        proxyRole = Role.Builder.create(this, "ProxyRole")
                .assumedBy(new ServicePrincipal("rds.amazonaws.com"))
                .description("RDS Proxy: logs in to the cluster as each function's database user (IAM)")
                .build();
        proxy = cluster.addProxy("Proxy", DatabaseProxyOptions.builder()
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .defaultAuthScheme(DefaultAuthScheme.IAM_AUTH)
                .role(proxyRole)
                .securityGroups(List.of(proxySg))
                .requireTls(true)
                .build());
        // Every function's user, deployed or not: a single-function deploy never takes another's login away.
        for (FunctionSpec spec : FunctionSpec.values()) {
            spec.databaseRole().ifPresent(user -> cluster.grantConnect(proxyRole, user));
        }

        // 64 letters and digits are valid base64 for 48 random bytes (~380 bits): the PIN function's HMAC key.
        pinHmacKey = Secret.Builder.create(this, "PinHmacKey")
                .secretName(pinHmacKeyName(settings))
                .description("HMAC key for IVR PINs (base64); read only by the PIN verification function")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64).excludePunctuation(true).includeSpace(false).build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        intakeBucket = Bucket.Builder.create(this, "IntakeBucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("noncurrent-to-infrequent-access")
                        .noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(Duration.days(30)).build()))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        restrictEndpoints(settings);

        alarmTopic = Topic.Builder.create(this, "Alarms").displayName("MTM member services alarms").build();
        settings.alarmEmail().ifPresent(email -> alarmTopic.addSubscription(new EmailSubscription(email)));
    }

    /**
     * What may pass each VPC endpoint, whoever's credentials are used: only this account's principals, only
     * the intake bucket through S3, only intake's own function through Lambda, only the two secrets through
     * Secrets Manager. A stolen role credential cannot move data to another bucket or read another secret
     * from inside the VPC. (Lambda fetches function code and writes logs outside the VPC; nothing of AWS's
     * own uses these endpoints.)
     */
    private void restrictEndpoints(InfraSettings settings) {
        Map<String, Object> thisAccount = Map.of("StringEquals", Map.of("aws:PrincipalAccount", Aws.ACCOUNT_ID));
        s3Endpoint.addToPolicy(PolicyStatement.Builder.create()
                .sid("IntakeBucketOnly")
                .principals(List.of(new AnyPrincipal()))
                // Reads with versions, writes of reports; List* lets a missing key answer 404, not 403.
                .actions(List.of("s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:ListBucket",
                        "s3:ListBucketVersions"))
                .resources(List.of(intakeBucket.getBucketArn(), intakeBucket.arnForObjects("*")))
                .conditions(thisAccount)
                .build());
        String intake = formatArn(ArnComponents.builder().service("lambda").resource("function")
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                .resourceName(FunctionSpec.CLAIMS_INTAKE.functionName(settings.prefix())).build());
        lambdaEndpoint.addToPolicy(PolicyStatement.Builder.create()
                .sid("IntakeContinuesItselfOnly")
                .principals(List.of(new AnyPrincipal()))
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(intake, intake + ":*"))
                .conditions(thisAccount)
                .build());
        secretsEndpoint.addToPolicy(PolicyStatement.Builder.create()
                .sid("TwoSecretsOnly")
                .principals(List.of(new AnyPrincipal()))
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(cluster.getSecret().getSecretArn(), pinHmacKey.getSecretArn()))
                .conditions(thisAccount)
                .build());
    }

    /**
     * Secrets have fixed names, so operators (and a function stack that reads one at run time) find them
     * by name; no function gets a secret's value through its environment.
     */
    public static String databaseSecretName(InfraSettings settings) {
        return settings.prefix() + "/database-admin";
    }

    public static String pinHmacKeyName(InfraSettings settings) {
        return settings.prefix() + "/pin-hmac-key";
    }

    private SecurityGroup securityGroup(String id, String description) {
        return SecurityGroup.Builder.create(this, id + "Sg")
                .vpc(vpc).description(description).allowAllOutbound(false).build();
    }

    public Vpc vpc() {
        return vpc;
    }

    public DatabaseCluster cluster() {
        return cluster;
    }

    public DatabaseProxy proxy() {
        return proxy;
    }

    /** The Aurora-generated admin secret (username, password, host, port, dbname): the migration's login only. */
    public ISecret databaseSecret() {
        return cluster.getSecret();
    }

    public ISecurityGroup databaseClients() {
        return databaseClients;
    }

    public ISecurityGroup migrationClients() {
        return migrationClients;
    }

    public ISecurityGroup s3Clients() {
        return s3Clients;
    }

    /** For a function that reads a secret at run time (the PIN key): its route to Secrets Manager. */
    public ISecurityGroup secretsClients() {
        return secretsClients;
    }

    public Secret pinHmacKey() {
        return pinHmacKey;
    }

    public Bucket intakeBucket() {
        return intakeBucket;
    }

    public Topic alarmTopic() {
        return alarmTopic;
    }
}
