package vn.ntm.ocop.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document of a dossier: the file itself stays with the producer's storage; the record keeps its name and checksum. */
@Embeddable
public class DossierDocument {

    public String code;

    @Column(name = "file_name")
    public String fileName;

    public String sha256;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public DossierDocument() {
    }

    public DossierDocument(String code, String fileName, String sha256, Long sizeBytes) {
        this.code = code;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
    }
}
