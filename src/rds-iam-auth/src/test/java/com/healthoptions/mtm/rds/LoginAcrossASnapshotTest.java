package com.healthoptions.mtm.rds;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.credentials.CredentialsProvider;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * After a SnapStart restore, tokens are signed with credentials resolved after the restore, not with the
 * ones the execution environment had when the snapshot was taken (the hooks are called directly here, as
 * Lambda's runtime would).
 */
class LoginAcrossASnapshotTest {

    @Test
    void afterARestoreTokensAreSignedWithCredentialsResolvedAfterIt() {
        Deque<AwsCredentialsProvider> chains = new ArrayDeque<>(List.of(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSNAPSHOT", IamDatabaseLoginTest.SECRET)),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDRESTORED", IamDatabaseLoginTest.SECRET))));
        IamDatabaseLogin login = new IamDatabaseLogin(IamDatabaseLoginTest.URL, "mtm_pin_verification", "us-east-1",
                chains::removeFirst);

        login.beforeCheckpoint(null);
        assertThat(token(login)).contains("X-Amz-Credential=AKIDSNAPSHOT");

        login.afterRestore(null);
        assertThat(token(login)).contains("X-Amz-Credential=AKIDRESTORED").doesNotContain("AKIDSNAPSHOT");
    }

    @Test
    void primingBeforeTheSnapshotSurvivesMissingCredentials() {
        IamDatabaseLogin login = new IamDatabaseLogin(IamDatabaseLoginTest.URL, "mtm_eligibility", "us-east-1",
                () -> () -> {
                    throw software.amazon.awssdk.core.exception.SdkClientException.create("no credentials here");
                });
        login.beforeCheckpoint(null); // logged, not thrown: the snapshot goes on
    }

    private static String token(IamDatabaseLogin login) {
        return login.getCredentials(IamDatabaseLogin.NAME).get(CredentialsProvider.PASSWORD_PROPERTY_NAME);
    }
}
