package vn.ntm.campaign.datasubject;

/** What a household asks of the survey data held about it (Law 91/2025/QH15, Art. 4; Decree 356/2025/NĐ-CP). */
public enum RequestKind {
    /** To know what is held: the forms, their answers, purpose, legal basis and retention. Changes nothing. */
    ACCESS,
    /** To correct a form of a survey still OPEN: the old form is set aside with its answers kept as history, and the Front enters the corrected one. */
    CORRECTION,
    /** To withdraw a form of a survey still OPEN: the form and its answers are deleted; the survey counts it no more. */
    WITHDRAWAL,
    /** After a survey's close, to remove the link between the household and its form: the frozen result stands. */
    UNLINK
}
