package vn.ntm.campaign.datasubject;

/** RECEIVED → COMPLETED or REFUSED. */
public enum RequestState {
    RECEIVED,
    COMPLETED,
    REFUSED
}
