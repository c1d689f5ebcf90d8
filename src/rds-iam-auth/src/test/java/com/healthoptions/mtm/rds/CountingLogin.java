package com.healthoptions.mtm.rds;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The production bean under its production name, remembering what it handed out. */
@Alternative
@Priority(1)
@Singleton
@Named(IamDatabaseLogin.NAME)
public class CountingLogin extends IamDatabaseLogin {

    final List<Map<String, String>> issued = new CopyOnWriteArrayList<>();

    @Inject
    public CountingLogin(@ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "mtm.db.iam.region") Optional<String> region) {
        super(url, user, region);
    }

    @Override
    public Map<String, String> getCredentials(String credentialsProviderName) {
        Map<String, String> credentials = super.getCredentials(credentialsProviderName);
        issued.add(credentials);
        return credentials;
    }
}
