package com.healthoptions.mtm.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Arn;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.connect.CfnIntegrationAssociation;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Permission;
import software.constructs.Construct;

/**
 * PIN issue and verification for Amazon Connect: the only holder of the HMAC key, and no access to
 * the intake bucket (no S3 permission, no S3 security group).
 */
public class PinVerificationStack extends FunctionStack {

    public PinVerificationStack(Construct scope, StackProps props, InfraSettings settings, DataStack data) {
        super(scope, props, settings, FunctionSpec.PIN_VERIFICATION, data,
                Map.of("MTM_PIN_HMAC_KEY", SecretValue.secretsManager(DataStack.pinHmacKeyName(settings)).unsafeUnwrap()),
                List.of());

        String instanceArn = settings.connectInstanceArn();
        ArnComponents instance = Arn.split(instanceArn, ArnFormat.SLASH_RESOURCE_NAME);
        // Scoped to the one Connect instance, so no other account's contact flow can call the function.
        lambda.alias().addPermission("ConnectInvoke", Permission.builder()
                .principal(new ServicePrincipal("connect.amazonaws.com"))
                .action("lambda:InvokeFunction")
                .sourceAccount(instance.getAccount())
                .sourceArn(instanceArn)
                .build());
        // Lists the function in the instance, so contact flows can pick it in the "Invoke AWS Lambda" block.
        CfnIntegrationAssociation.Builder.create(this, "ConnectIntegration")
                .instanceId(instanceArn)
                .integrationType("LAMBDA_FUNCTION")
                .integrationArn(lambda.alias().getFunctionArn())
                .build();
    }
}
