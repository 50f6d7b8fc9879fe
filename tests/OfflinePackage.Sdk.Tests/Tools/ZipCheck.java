import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip with java.util.zip twice: through the central directory (ZipFile) and by streaming the local
 * headers (ZipInputStream, which checks every CRC and size). Prints "name<TAB>size" per entry; exit 1 on mismatch.
 */
public class ZipCheck {
    public static void main(String[] args) throws Exception {
        byte[] buffer = new byte[65536];
        int streamed = 0;
        try (ZipInputStream in = new ZipInputStream(new FileInputStream(args[0]))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; ) size += n;
                streamed++;
            }
        }
        int listed = 0;
        try (ZipFile zip = new ZipFile(args[0])) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                long size = 0;
                try (InputStream s = zip.getInputStream(e)) {
                    for (int n; (n = s.read(buffer)) > 0; ) size += n;
                }
                if (size != e.getSize()) throw new IllegalStateException("size mismatch: " + e.getName());
                System.out.println(e.getName() + "\t" + size);
                listed++;
            }
        }
        if (listed != streamed) {
            System.err.println("central directory lists " + listed + " entries, local headers " + streamed);
            System.exit(1);
        }
    }
}
