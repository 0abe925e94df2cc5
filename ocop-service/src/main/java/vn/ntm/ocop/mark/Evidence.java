package vn.ntm.ocop.mark;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A piece of evidence of a violation: the file stays with whoever holds it; the record keeps its name and checksum. */
@Embeddable
public class Evidence {

    @Column(name = "file_name")
    public String fileName;

    public String sha256;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public Evidence() {
    }

    public Evidence(String fileName, String sha256, Long sizeBytes) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
    }
}
