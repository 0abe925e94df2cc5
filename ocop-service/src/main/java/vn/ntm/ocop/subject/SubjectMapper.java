package vn.ntm.ocop.subject;

import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.commune.VerifiedCommune;

/** API records to and from subject entities. */
final class SubjectMapper {

    private SubjectMapper() {
    }

    static void apply(SubjectRequest request, VerifiedCommune commune, OcopSubject subject) {
        subject.name = VietnameseText.nfc(request.name());
        subject.nameFolded = VietnameseText.fold(subject.name);
        subject.type = request.type();
        subject.communeCode = commune.code();
        subject.communeName = commune.name();
        subject.provinceCode = commune.provinceCode();
        subject.communeAsOf = commune.asOf();
        subject.registrationNumber = VietnameseText.nfc(request.registrationNumber());
        ContactDetails contact = request.contact();
        subject.representative = contact == null ? null : VietnameseText.nfc(contact.representative());
        subject.phone = contact == null ? null : VietnameseText.nfc(contact.phone());
        subject.email = contact == null ? null : VietnameseText.nfc(contact.email());
        subject.address = contact == null ? null : VietnameseText.nfc(contact.address());
    }

    static SubjectView view(OcopSubject s) {
        return new SubjectView(s.id, s.name, s.type, s.communeCode, s.communeName, s.provinceCode, s.communeAsOf, s.version);
    }

    static SubjectRegistrationView registration(OcopSubject s) {
        return new SubjectRegistrationView(s.id, s.name, s.registrationNumber,
                new ContactDetails(s.representative, s.phone, s.email, s.address));
    }
}
