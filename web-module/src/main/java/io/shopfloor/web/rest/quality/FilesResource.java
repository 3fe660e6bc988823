package io.shopfloor.web.rest.quality;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.files.boundary.Files;
import io.shopfloor.platform.files.control.FileStore;
import io.shopfloor.platform.files.entity.FileDownload;
import io.shopfloor.web.rest.quality.QualityDtos.FileDto;

/**
 * Files by id: metadata, content and thumbnail, for signed-in users of the file's organization who
 * may read the record it belongs to (404 otherwise). Content is served with its sniffed type,
 * never sniffed again by the browser (nosniff, from the security headers), and as a download
 * unless it is an image. Uploads go to the record: POST /checks/{id}/results/{itemId}/photos,
 * POST /issues/{id}/files.
 */
@Path("files")
@ApplicationScoped
public class FilesResource {

    @EJB
    Files files;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public FileDto get(@PathParam("id") String id) {
        return FileDto.of(files.find(pathId(id, "record.file")));
    }

    @GET
    @Path("{id}/content")
    public Response content(@PathParam("id") String id) {
        return serve(files.download(pathId(id, "record.file")));
    }

    @GET
    @Path("{id}/thumbnail")
    public Response thumbnail(@PathParam("id") String id) {
        return serve(files.thumbnail(pathId(id, "record.file")));
    }

    private static Response serve(FileDownload file) {
        String name = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", (file.inline() ? "inline" : "attachment") + "; filename*=UTF-8''" + name)
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    /** An upload's bytes, read no further than the largest file Shopfloor keeps. */
    static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(FileStore.MAX_BYTES + 1);
            if (bytes.length > FileStore.MAX_BYTES) {
                throw InvalidInputException.of("file", "files.tooLarge", FileStore.MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw InvalidInputException.of("file", "files.empty");
        }
    }
}
