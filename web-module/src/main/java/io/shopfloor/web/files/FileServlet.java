package io.shopfloor.web.files;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.files.boundary.Files;
import io.shopfloor.platform.files.entity.FileDownload;
import io.shopfloor.platform.security.control.PermissionDeniedException;

/**
 * {@code /files/<id>} (the bytes) and {@code /files/<id>/thumbnail} for the staff screens. Like every
 * page it needs a signed-in user (web.xml); the files service shows only the organization's own
 * files to those who may read the record they belong to, so anyone else's id is a 404. Served with
 * the type sniffed at upload (nosniff comes with the security headers), as a download unless an image.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Files files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        try {
            UUID id = UUID.fromString(parts.length == 0 ? "" : parts[0]);
            FileDownload file;
            if (parts.length == 1) {
                file = files.download(id);
            } else if (parts.length == 2 && "thumbnail".equals(parts[1])) {
                file = files.thumbnail(id);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(file.contentType());
            response.setHeader("Content-Disposition", (file.inline() ? "inline" : "attachment") + "; filename*=UTF-8''"
                    + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("Cache-Control", "private, max-age=300");
            response.setContentLength(file.bytes().length);
            response.getOutputStream().write(file.bytes());
        } catch (IllegalArgumentException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (PermissionDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
