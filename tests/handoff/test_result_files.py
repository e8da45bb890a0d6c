"""Result files for the clinic system (spec §A1, §A4, §A9): XML/JSON content and the atomic,
idempotent folder sink."""

from __future__ import annotations

import errno
import json
import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.handoff import (
    FolderResultSink,
    HandoffConflictError,
    HandoffDiskFullError,
    HandoffError,
    HandoffFolderMissingError,
    HandoffNotWritableError,
    ResultFormatError,
    build_result_json,
    build_result_xml,
    parse_result_xml,
)
from kiosk.handoff import files as files_module
from kiosk.handoff.errors import handoff_error
from kiosk.reception.model import ConsentItem, PrescriptionForm
from kiosk.services.eligibility import Validity


def entry(document: dict, index: int = 0) -> dict:
    return document["message_body"]["result_list"][index]


# -- content -------------------------------------------------------------------------------

def test_xml_carries_header_body_and_result(make):
    doc = parse_result_xml(build_result_xml(make.reception()))
    assert doc["message_header"] == {
        "process_execution_time": "20250301093015", "qualification_confirmation_date": "20250301",
        "medical_institution_code": "1312345678", "arbitrary_file_identifier": "R20250301-0001",
        "reference_classification": "1", "segment_of_result": "1", "error_code": None, "error_message": None,
        "character_code_identifier": "0"}
    body = doc["message_body"]
    assert (body["processing_result_status"], body["qualification_validity"],
            body["prescription_issue_select"], body["reference_number"]) == ("1", "1", "1", "123456789012")
    result = entry(doc)
    assert (result["insurer_number"], result["insured_card_symbol"], result["insured_identification_number"],
            result["insured_branch_number"], result["name_kana"], result["birthdate"]) == (
        "06139999", "1234", "567", "01", "ﾃｽﾄ ﾊﾅｺ", "19500401")
    assert result["insured_partial_contribution_ratio"] == "030"
    assert result["insured_card_valid_date"] == "20200401" and result["insured_card_expiration_date"] is None
    assert result["limit_application_certificate_related_info"] == {
        "limit_application_certificate_classification_flag": "A03"}


def test_xml_uses_the_oqs_element_names(make):
    xml = build_result_xml(make.reception()).decode("utf-8")
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    for tag in ("<XmlMsg>", "<MessageHeader>", "<ArbitraryFileIdentifier>", "<SegmentOfResult>",
                "<MessageBody>", "<ResultList>", "<ResultOfQualificationConfirmation>",
                "<InsuredBranchNumber>01<",
                "<InsuredPartialContributionRatio>030<", "<PharmacistsInfoConsFlg>1<",
                "<LimitApplicationCertificateClassificationFlag>A03<"):
        assert tag in xml


def test_json_holds_exactly_what_the_xml_holds(make):
    result = make.reception()
    assert json.loads(build_result_json(result)) == parse_result_xml(build_result_xml(result))


@pytest.mark.parametrize("branch", ["01", "00", "09"])
def test_branch_number_keeps_its_leading_zero(make, branch):
    result = make.reception(answer=make.answer(make.qualification(branch=branch, insurer_number="01130012")))
    for doc in (parse_result_xml(build_result_xml(result)), json.loads(build_result_json(result))):
        assert entry(doc)["insured_branch_number"] == branch
        assert entry(doc)["insurer_number"] == "01130012"
    assert f'"insured_branch_number": "{branch}"' in build_result_json(result).decode()


def test_given_consents_carry_time_and_expiry_24_hours_later(make):
    consents = (make.consent(ConsentItem.MEDICATION), make.consent(ConsentItem.SURGERY))
    result = make.reception(consents=consents)
    doc = entry(parse_result_xml(build_result_xml(result)))
    for prefix in ("pharmacists_info", "diagnosis_info", "operation_info"):
        assert doc[f"{prefix}_cons_flg"] == "1"
        consented = datetime.strptime(doc[f"{prefix}_cons_time"], "%Y%m%d%H%M%S")
        expires = datetime.strptime(doc[f"{prefix}_available_time"], "%Y%m%d%H%M%S")
        assert consented == datetime(2025, 3, 1, 9, 30, 15)
        assert expires - consented == timedelta(hours=24)


def test_declined_and_not_offered_consents_are_flag_0_without_times(make):
    doc = entry(parse_result_xml(build_result_xml(make.reception())))  # checkup declined, surgery not asked
    for prefix in ("specific_health_checkups_info", "operation_info"):
        assert doc[f"{prefix}_cons_flg"] == "0"
        assert doc[f"{prefix}_cons_time"] is None and doc[f"{prefix}_available_time"] is None


def test_limit_consent_has_a_time_but_no_expiry_as_in_the_oqs_layout(make):
    result = make.reception(consents=(make.consent(ConsentItem.LIMIT),))
    doc = entry(parse_result_xml(build_result_xml(result)))
    assert doc["limit_application_certificate_related_cons_flg"] == "1"
    assert doc["limit_application_certificate_related_cons_time"] == "20250301093015"
    assert "limit_application_certificate_related_available_time" not in doc


def test_times_are_written_in_japan_time(make):
    utc = datetime(2025, 3, 1, 15, 30, tzinfo=UTC)  # 00:30 next day in JST
    result = make.reception(processed_at=utc, consents=(make.consent(ConsentItem.CHECKUP, at=utc),))
    doc = parse_result_xml(build_result_xml(result))
    assert doc["message_header"]["process_execution_time"] == "20250302003000"
    assert entry(doc)["specific_health_checkups_info_available_time"] == "20250303003000"


def test_not_found_has_no_result_and_paper_prescription_is_2(make):
    not_found = make.answer(validity=Validity.NOT_FOUND, qualifications=(), reference_number="")
    result = make.reception(answer=not_found, prescription_form=PrescriptionForm.PAPER)
    doc = parse_result_xml(build_result_xml(result))
    assert doc["message_body"]["qualification_validity"] == "4"
    assert doc["message_body"]["result_list"] == [] and doc["message_body"]["reference_number"] is None
    assert doc["message_body"]["prescription_issue_select"] == "2"
    assert b"<ResultList" not in build_result_xml(result)


def test_no_prescription_choice_and_a_notice(make):
    result = make.reception(prescription_form=None, answer=make.answer(notice="有効期限が近づいています"))
    body = parse_result_xml(build_result_xml(result))["message_body"]
    assert body["prescription_issue_select"] is None
    assert body["processing_result_message"] == "有効期限が近づいています"


def test_multiple_qualifications_are_all_listed(make):
    second = make.qualification(insurer_number="01130012", branch="00", valid_to=date(2025, 1, 31))
    result = make.reception(answer=make.answer(make.qualification(), second, validity=Validity.MULTIPLE))
    doc = parse_result_xml(build_result_xml(result))
    assert [e["insurer_number"] for e in doc["message_body"]["result_list"]] == ["06139999", "01130012"]
    assert entry(doc, 1)["insured_card_expiration_date"] == "20250131"


def test_files_hold_no_certificate_hash_terminal_or_method(make):
    result = make.reception()
    for data in (build_result_xml(result), build_result_json(result)):
        text = data.decode()
        assert result.cert_hash not in text and result.terminal_id not in text
        assert "face" not in text.lower() and "method" not in text.lower()


def test_a_value_xml_cannot_carry_is_refused(make):
    result = make.reception(answer=make.answer(make.qualification(name_kana="ﾃｽﾄ\x01")))
    with pytest.raises(ValueError):
        build_result_xml(result)


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cn")), max_size=12)


@settings(max_examples=60, deadline=None)
@given(kana=_TEXT, symbol=_TEXT, number=_TEXT, insurer=_TEXT, consents=st.lists(
    st.tuples(st.sampled_from(list(ConsentItem)), st.booleans()), max_size=5))
def test_any_printable_values_round_trip_identically_in_xml_and_json(make, kana, symbol, number, insurer,
                                                                     consents):
    qual = make.qualification(name_kana=kana, symbol=symbol, number=number, insurer_name=insurer)
    result = make.reception(answer=make.answer(qual), consents=tuple(make.consent(i, a) for i, a in consents))
    doc = parse_result_xml(build_result_xml(result))
    assert doc == json.loads(build_result_json(result))
    got = entry(doc)
    assert (got["name_kana"], got["insured_card_symbol"], got["insured_identification_number"],
            got["insurer_name"]) == (kana, symbol, number, insurer)


# -- parser --------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"", b"\x00\xff garbage", "billion-laughs", b"<Other/>",
    b"<XmlMsg><MessageHeader/></XmlMsg>",
    b"<XmlMsg><Unknown/></XmlMsg>",
], ids=["empty", "garbage", "billion-laughs", "wrong-root", "header-empty", "unknown-element"])
def test_parser_refuses_what_is_not_a_result_file(make, data):
    with pytest.raises(ResultFormatError):
        parse_result_xml(make.billion_laughs if data == "billion-laughs" else data)


def test_parser_refuses_a_repeated_element(make):
    xml = build_result_xml(make.reception()).replace(b"<SegmentOfResult>1</SegmentOfResult>",
                                                      b"<SegmentOfResult>1</SegmentOfResult>" * 2)
    with pytest.raises(ResultFormatError, match="repeated"):
        parse_result_xml(xml)


# -- the folder sink -----------------------------------------------------------------------

def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_deliver_writes_both_files_atomically_named_by_file_id(make, scratch):
    result = make.reception()
    delivered = FolderResultSink(scratch).deliver(result)
    assert delivered.xml == scratch / "R20250301-0001.xml"
    assert delivered.json == scratch / "R20250301-0001.json"
    assert delivered.xml.read_bytes() == build_result_xml(result)
    assert delivered.json.read_bytes() == build_result_json(result)
    assert listing(scratch) == ["R20250301-0001.json", "R20250301-0001.xml"]
    assert stat.S_IMODE(delivered.xml.stat().st_mode) & 0o007 == 0  # not world-readable


def test_redelivering_the_same_result_is_a_no_op(make, scratch, monkeypatch):
    sink = FolderResultSink(scratch)
    first = sink.deliver(make.reception())
    writes = []
    monkeypatch.setattr(files_module, "write_file_atomically", lambda *a: writes.append(a))
    assert sink.deliver(make.reception()) == first
    assert writes == []


def test_a_half_delivered_result_is_completed(make, scratch):
    result = make.reception()
    (scratch / "R20250301-0001.xml").write_bytes(build_result_xml(result))
    FolderResultSink(scratch).deliver(result)
    assert (scratch / "R20250301-0001.json").read_bytes() == build_result_json(result)


def test_a_different_result_under_the_same_file_id_conflicts(make, scratch):
    sink = FolderResultSink(scratch)
    sink.deliver(make.reception())
    before = {name: (scratch / name).read_bytes() for name in listing(scratch)}
    with pytest.raises(HandoffConflictError) as caught:
        sink.deliver(make.reception(prescription_form=PrescriptionForm.PAPER))
    assert caught.value.code == "HANDOFF_CONFLICT"
    assert {name: (scratch / name).read_bytes() for name in listing(scratch)} == before


def test_missing_folder_is_reported_and_not_created(make, scratch):
    with pytest.raises(HandoffFolderMissingError) as caught:
        FolderResultSink(scratch / "share").deliver(make.reception())
    assert caught.value.code == "HANDOFF_FOLDER_MISSING"
    assert not (scratch / "share").exists()


def test_a_file_where_the_folder_should_be_counts_as_missing(make, scratch):
    (scratch / "share").write_text("not a folder")
    with pytest.raises(HandoffFolderMissingError):
        FolderResultSink(scratch / "share").deliver(make.reception())


def _fail_inside(folder: Path, real, error: OSError):
    """A stand-in for an os function that fails for paths inside ``folder``."""
    def fake(path, *args, **kwargs):
        if Path(path).parent == folder:
            raise error
        return real(path, *args, **kwargs)
    return fake


def test_a_folder_refusing_writes_is_not_writable(make, scratch, monkeypatch):
    # Tests run as root, for whom chmod 0o500 changes nothing: refuse the create instead.
    monkeypatch.setattr(os, "open", _fail_inside(scratch, os.open, PermissionError(errno.EACCES, "denied")))
    with pytest.raises(HandoffNotWritableError) as caught:
        FolderResultSink(scratch).deliver(make.reception())
    assert caught.value.code == "HANDOFF_NOT_WRITABLE"
    monkeypatch.undo()
    assert listing(scratch) == []


def test_a_full_disk_leaves_neither_temp_nor_partial_file(make, scratch, monkeypatch):
    real_write, calls = os.write, []

    def write(fd, data):  # the first chunk lands, then the disk is full
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data[:100]))

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(HandoffDiskFullError) as caught:
        FolderResultSink(scratch).deliver(make.reception())
    assert caught.value.code == "HANDOFF_DISK_FULL"
    assert listing(scratch) == []


def test_a_failing_rename_removes_the_temp_file(make, scratch, monkeypatch):
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    with pytest.raises(HandoffError) as caught:
        FolderResultSink(scratch).deliver(make.reception())
    assert caught.value.code == "HANDOFF_FAILED"
    assert listing(scratch) == []


def test_when_the_json_fails_the_xml_written_before_is_removed(make, scratch, monkeypatch):
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith(".json"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(HandoffDiskFullError):
        FolderResultSink(scratch).deliver(make.reception())
    assert listing(scratch) == []


def test_a_failing_folder_fsync_takes_the_file_back(scratch, monkeypatch):
    real_fsync = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "I/O error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(HandoffError):
        files_module.write_file_atomically(scratch / "a.xml", b"<a/>")
    assert listing(scratch) == []


def test_a_folder_fsync_the_file_system_does_not_support_is_skipped(scratch, monkeypatch):
    real_fsync = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    files_module.write_file_atomically(scratch / "a.xml", b"<a/>")
    assert (scratch / "a.xml").read_bytes() == b"<a/>"


@pytest.mark.parametrize("file_id", ["", "../escape", ".hidden", "a/b", "x" * 65, "名前"])
def test_a_file_id_that_is_no_safe_file_name_is_refused(make, scratch, file_id):
    share = scratch / "share"
    share.mkdir()
    with pytest.raises(HandoffError) as caught:
        FolderResultSink(share).deliver(make.reception(file_id=file_id))
    assert caught.value.code == "HANDOFF_FAILED"
    assert listing(share) == [] and listing(scratch) == ["share"]


def test_an_unrenderable_result_is_a_handoff_error_and_writes_nothing(make, scratch):
    with pytest.raises(HandoffError):
        FolderResultSink(scratch).deliver(make.reception(institution_code="123"))
    assert listing(scratch) == []


@pytest.mark.parametrize(("number", "cls"), [
    (errno.ENOENT, HandoffFolderMissingError), (errno.ENOTDIR, HandoffFolderMissingError),
    (errno.EACCES, HandoffNotWritableError), (errno.EPERM, HandoffNotWritableError),
    (errno.EROFS, HandoffNotWritableError), (errno.ENOSPC, HandoffDiskFullError),
    (errno.EDQUOT, HandoffDiskFullError), (errno.EIO, HandoffError)])
def test_os_errors_map_to_handoff_errors(number, cls):
    error = handoff_error(OSError(number, os.strerror(number)), Path("/srv/share"))
    assert type(error) is cls
    assert "/srv/share" in error.detail and errno.errorcode[number] in error.detail
