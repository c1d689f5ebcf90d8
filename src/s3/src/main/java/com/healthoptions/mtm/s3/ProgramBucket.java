package com.healthoptions.mtm.s3;

import com.healthoptions.mtm.program.ProgramOutputs;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bucket the scheduled program functions (work list, CMS file) write to, write-only. A CDI bean only in
 * the functions that index this module ({@code quarkus.index-dependency.s3.*} in their configuration), so
 * a function that merely uses {@link S3Clients} does not need its settings. {@code mtm.program.s3.endpoint}
 * points it at a local S3 API server.
 */
@ApplicationScoped
public class ProgramBucket implements ProgramOutputs {

    private final BucketObjects objects;

    public ProgramBucket(@ConfigProperty(name = "mtm.program.bucket") String bucket,
            @ConfigProperty(name = "mtm.program.s3.endpoint") Optional<URI> endpoint,
            @ConfigProperty(name = "mtm.program.s3.region") Optional<String> region,
            @ConfigProperty(name = "mtm.program.s3.access-key-id", defaultValue = "local") String accessKeyId,
            @ConfigProperty(name = "mtm.program.s3.secret-access-key", defaultValue = "local") String secretAccessKey) {
        this.objects = new BucketObjects(S3Clients.create(endpoint, region, accessKeyId, secretAccessKey), bucket);
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        objects.put(key, contentType, body);
    }

    @Override
    public void put(String key, String contentType, Path file) {
        objects.put(key, contentType, file);
    }
}
