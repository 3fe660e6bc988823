package io.shopfloor.it.services;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.shopfloor.platform.security.control.PasswordHashing;
import io.shopfloor.web.common.ShopfloorAuthentication;

/**
 * The one deployment of the in-container tests: the EJB module as built (whole, not a hand-picked
 * list of classes), the shared web code with the sign-in mechanism, AssertJ, and this package.
 */
public final class ServiceDeployment {

    private ServiceDeployment() {
    }

    public static WebArchive services() {
        return services(archiveOf(PasswordHashing.class, "shopfloor-ejb.jar"), "services-it.war");
    }

    /** The same, but built as if for a newer schema than the database has. */
    public static WebArchive servicesExpectingSchema(String version) {
        JavaArchive ejbModule = archiveOf(PasswordHashing.class, "shopfloor-ejb.jar");
        ejbModule.delete("META-INF/shopfloor-schema.properties");
        ejbModule.addAsManifestResource(new StringAsset("schema.version=" + version + "\n"), "shopfloor-schema.properties");
        return services(ejbModule, "services-newer-schema-it.war");
    }

    private static WebArchive services(JavaArchive ejbModule, String name) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addAsLibrary(ejbModule)
                .addAsLibrary(archiveOf(ShopfloorAuthentication.class, "shopfloor-web-common.jar"))
                .addAsLibrary(archiveOf(Assertions.class, "assertj-core.jar"))
                .addAsLibrary(archiveOf(com.google.re2j.Pattern.class, "re2j.jar"))
                .addAsLibrary(archiveOf(org.apache.tika.Tika.class, "tika-core.jar"))
                .addAsLibrary(archiveOf(com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi.class, "imageio-webp.jar"))
                .addAsLibrary(archiveOf(com.twelvemonkeys.imageio.ImageReaderBase.class, "imageio-core.jar"))
                .addAsLibrary(archiveOf(com.twelvemonkeys.imageio.metadata.AbstractDirectory.class, "imageio-metadata.jar"))
                .addAsLibrary(archiveOf(com.twelvemonkeys.image.AbstractImageSource.class, "common-image.jar"))
                .addAsLibrary(archiveOf(com.twelvemonkeys.io.CompoundReader.class, "common-io.jar"))
                .addAsLibrary(archiveOf(com.twelvemonkeys.lang.BeanUtil.class, "common-lang.jar"))
                .addAsLibrary(archiveOf(org.apache.commons.io.IOUtils.class, "commons-io.jar"))
                .addAsLibrary(archiveOf(org.slf4j.Logger.class, "slf4j-api.jar"))
                // A library's ejb-jar.xml is not read inside a WAR: the default interceptors
                // (tenant binding, permission check) must be the WAR's own descriptor.
                .addAsWebInfResource(ejbModule.get("META-INF/ejb-jar.xml").getAsset(), "ejb-jar.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addPackage(ServiceDeployment.class.getPackage());
    }

    /** The jar (or, in an IDE, the classes folder) a class was loaded from, as an archive. */
    private static JavaArchive archiveOf(Class<?> member, String name) {
        try {
            File location = new File(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            JavaArchive archive = ShrinkWrap.create(JavaArchive.class, name);
            return location.isDirectory()
                    ? archive.as(ExplodedImporter.class).importDirectory(location).as(JavaArchive.class)
                    : archive.as(ZipImporter.class).importFrom(location).as(JavaArchive.class);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
