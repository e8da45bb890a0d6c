"""The REQ/RES exchange with the clinic system (spec §A1, §A9): answers, malformed requests,
partial files, idempotency by file name, crash recovery."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.handoff import (
    FolderResultSink,
    HandoffDiskFullError,
    HandoffFolderMissingError,
    Outcome,
    ProcessedRequest,
    RequestFolderProcessor,
    parse_result_xml,
)
from kiosk.handoff import requests as requests_module
from kiosk.handoff.request_xml import MAX_REQUEST_BYTES
from kiosk.services.eligibility import (
    EligibilityAnswer,
    EligibilityBadAnswerError,
    EligibilityUnavailableError,
)


@dataclass
class FakeLookup:
    """InsuranceLookup over a dict; ``fail`` raises instead of answering."""

    answers: dict[tuple[str, str, str, str, date], EligibilityAnswer] = field(default_factory=dict)
    fail: Exception | None = None
    calls: list[tuple] = field(default_factory=list)

    def lookup(self, insurer_number, symbol, number, branch, birth_date):
        self.calls.append((insurer_number, symbol, number, branch, birth_date))
        if self.fail:
            raise self.fail
        return self.answers.get((insurer_number, symbol, number, branch, birth_date))


KEY = ("06139999", "1234", "567", "01", date(1950, 4, 1))


@dataclass
class Folders:
    req: Path
    res: Path
    results: Path
    lookup: FakeLookup
    processor: RequestFolderProcessor

    def drop(self, name: str, data: bytes) -> None:
        (self.req / name).write_bytes(data)

    def answer(self, name: str) -> dict:
        return parse_result_xml((self.res / name).read_bytes())


def make_folders(root: Path, make) -> Folders:
    req, res, results = root / "REQ", root / "RES", root / "results"
    for folder in (req, res, results):
        folder.mkdir()
    lookup = FakeLookup({KEY: make.answer()})
    processor = RequestFolderProcessor(req, res, lookup, institution_code=make.institution,
                                       results_dir=results, clock=lambda: make.now)
    return Folders(req, res, results, lookup, processor)


@pytest.fixture
def folders(scratch, make) -> Folders:
    return make_folders(scratch, make)


# -- answers -------------------------------------------------------------------------------

def test_query_by_insurance_numbers_is_answered_and_the_request_retired(folders, make):
    folders.drop("Q0001.xml", make.request_xml())
    assert folders.processor.process_once() == [ProcessedRequest("Q0001.xml", Outcome.ANSWERED)]
    doc = folders.answer("Q0001.xml")
    header, body = doc["message_header"], doc["message_body"]
    assert (header["reference_classification"], header["segment_of_result"],
            header["arbitrary_file_identifier"], header["medical_institution_code"]) == (
        "2", "1", "Q0001", make.institution)
    assert (body["qualification_validity"], body["reference_number"]) == ("1", "123456789012")
    result = body["result_list"][0]
    assert (result["insurer_number"], result["insured_branch_number"], result["birthdate"]) == (
        "06139999", "01", "19500401")
    assert result["pharmacists_info_cons_flg"] is None  # a number query reports no consent
    assert result["limit_application_certificate_related_info"] is None  # flag 0 in the request
    assert folders.lookup.calls == [KEY]
    assert sorted(p.name for p in folders.req.iterdir()) == ["done"]
    assert (folders.req / "done" / "Q0001.xml").read_bytes() == make.request_xml()
    assert (folders.req / "done" / "Q0001.xml.res").read_bytes() == (folders.res / "Q0001.xml").read_bytes()


def test_limit_data_only_with_the_limit_consent_flag(folders, make):
    folders.drop("Q0001.xml", make.request_xml(LimitApplicationCertificateRelatedConsFlg="1"))
    folders.processor.process_once()
    result = folders.answer("Q0001.xml")["message_body"]["result_list"][0]
    assert result["limit_application_certificate_related_info"] == {
        "limit_application_certificate_classification_flag": "A03"}


def test_optional_symbol_and_branch_may_be_left_out(folders, make):
    folders.lookup.answers[("06139999", "", "567", "", date(1950, 4, 1))] = make.answer()
    folders.drop("Q0002.xml", make.request_xml(InsuredCardSymbol=None, InsuredBranchNumber=None))
    assert folders.processor.process_once()[0].outcome is Outcome.ANSWERED
    assert folders.answer("Q0002.xml")["message_body"]["qualification_validity"] == "1"


def test_no_such_person_is_validity_4_without_result(folders, make):
    folders.drop("Q0001.xml", make.request_xml(InsuredIdentificationNumber="999"))
    assert folders.processor.process_once()[0].outcome is Outcome.ANSWERED
    body = folders.answer("Q0001.xml")["message_body"]
    assert (body["qualification_validity"], body["result_list"], body["reference_number"]) == ("4", [], None)


def test_a_kiosk_reception_result_is_answered_from_the_results_folder(folders, make):
    delivered = FolderResultSink(folders.results).deliver(make.reception())
    folders.drop("again.xml", make.request_xml(reference="1", file_id="R20250301-0001"))
    assert folders.processor.process_once() == [ProcessedRequest("again.xml", Outcome.ANSWERED)]
    assert (folders.res / "again.xml").read_bytes() == delivered.xml.read_bytes()
    assert folders.lookup.calls == []


@pytest.mark.parametrize("stored", [None, b"<XmlMsg>truncated"], ids=["absent", "damaged"])
def test_a_missing_or_damaged_kiosk_result_is_an_error_answer(folders, make, stored):
    if stored is not None:
        (folders.results / "R1.xml").write_bytes(stored)
    folders.drop("again.xml", make.request_xml(reference="1", file_id="R1"))
    assert folders.processor.process_once() == [
        ProcessedRequest("again.xml", Outcome.ANSWERED, "REQ_RESULT_NOT_FOUND")]
    header = folders.answer("again.xml")["message_header"]
    assert (header["segment_of_result"], header["reference_classification"],
            header["arbitrary_file_identifier"]) == ("9", "1", "R1")
    assert (folders.req / "done" / "again.xml").exists()


def test_without_a_results_folder_kiosk_results_are_not_found(scratch, make):
    req, res = scratch / "REQ", scratch / "RES"
    req.mkdir(), res.mkdir()
    (req / "a.xml").write_bytes(make.request_xml(reference="1", file_id="R1"))
    processor = RequestFolderProcessor(req, res, FakeLookup(), institution_code=make.institution)
    assert processor.process_once()[0].error_code == "REQ_RESULT_NOT_FOUND"


@pytest.mark.parametrize(("failure", "code"), [
    (EligibilityUnavailableError("timeout"), "SERVICE_UNAVAILABLE"),
    (EligibilityBadAnswerError("garbled"), "SERVICE_ERROR")])
def test_a_failing_service_is_an_error_answer(folders, make, failure, code):
    folders.lookup.fail = failure
    folders.drop("Q0001.xml", make.request_xml())
    assert folders.processor.process_once() == [ProcessedRequest("Q0001.xml", Outcome.ANSWERED, code)]
    header = folders.answer("Q0001.xml")["message_header"]
    assert (header["segment_of_result"], header["error_code"]) == ("9", code)
    assert (folders.req / "done" / "Q0001.xml").exists()


def test_an_answer_with_unwritable_values_is_a_service_error(folders, make):
    folders.lookup.answers[KEY] = make.answer(make.qualification(name_kana="ﾃｽﾄ\x00"))
    folders.drop("Q0001.xml", make.request_xml())
    assert folders.processor.process_once()[0].error_code == "SERVICE_ERROR"


def test_the_processor_refuses_a_bad_institution_code(scratch):
    with pytest.raises(ValueError):
        RequestFolderProcessor(scratch, scratch, FakeLookup(), institution_code="12345")


# -- malformed requests --------------------------------------------------------------------

EXTERNAL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                   b"<XmlMsg>&e;</XmlMsg>")


def _malformed(make) -> list[tuple[str, bytes, str]]:
    return [
        ("billion-laughs", make.billion_laughs, "REQ_FORBIDDEN_XML"),
        ("external-entity", EXTERNAL_ENTITY, "REQ_FORBIDDEN_XML"),
        ("garbage", bytes(range(256)) * 4, "REQ_NOT_XML"),
        ("empty", b"", "REQ_NOT_XML"),
        ("shift-jis", b'<?xml version="1.0" encoding="Shift_JIS"?><XmlMsg>\x82\xa0</XmlMsg>', "REQ_NOT_XML"),
        ("huge", make.request_xml()[:-9] + b" " * MAX_REQUEST_BYTES + b"</XmlMsg>", "REQ_TOO_LARGE"),
        ("wrong-root", b"<Request/>", "REQ_BAD_STRUCTURE"),
        ("no-header", b"<XmlMsg><MessageBody/></XmlMsg>", "REQ_MISSING_FIELD"),
        ("no-reference", make.request_xml(reference=""), "REQ_MISSING_FIELD"),
        ("reference-3", make.request_xml(reference="3"), "REQ_BAD_FIELD"),
        ("other-clinic", make.request_xml(institution="2712345678"), "REQ_WRONG_INSTITUTION"),
        ("institution-9-digits", make.request_xml(institution="131234567"), "REQ_BAD_FIELD"),
        ("no-insurer", make.request_xml(InsurerNumber=None), "REQ_MISSING_FIELD"),
        ("insurer-7-digits", make.request_xml(InsurerNumber="0613999"), "REQ_BAD_FIELD"),
        ("insurer-fullwidth", make.request_xml(InsurerNumber="０６１３９９９９"), "REQ_BAD_FIELD"),
        ("branch-1-digit", make.request_xml(InsuredBranchNumber="1"), "REQ_BAD_FIELD"),
        ("no-birthdate", make.request_xml(Birthdate=None), "REQ_MISSING_FIELD"),
        ("birthdate-feb-31", make.request_xml(Birthdate="19500231"), "REQ_BAD_FIELD"),
        ("birthdate-dashes", make.request_xml(Birthdate="1950-04-01"), "REQ_BAD_FIELD"),
        ("limit-flag-2", make.request_xml(LimitApplicationCertificateRelatedConsFlg="2"), "REQ_BAD_FIELD"),
        ("number-with-child", make.request_xml(InsuredIdentificationNumber="<b>5</b>"), "REQ_BAD_FIELD"),
        ("twice-insurer", make.request_xml(InsurerNumber="06139999</InsurerNumber><InsurerNumber>06139999"),
         "REQ_BAD_STRUCTURE"),
        ("no-search-info", make.request_xml().replace(b"QualificationConfirmSearchInfo", b"Other"),
         "REQ_MISSING_FIELD"),
        ("result-without-id", make.request_xml(reference="1", file_id=None), "REQ_MISSING_FIELD"),
        ("file-id-traversal", make.request_xml(reference="1", file_id="../results/R1"), "REQ_BAD_FIELD"),
    ]


def test_every_malformed_request_gets_an_error_answer_and_the_rest_still_run(folders, make):
    cases = _malformed(make)
    for index, (_, data, _) in enumerate(cases):
        folders.drop(f"{index:02d}.xml", data)
    folders.drop("zz-valid.xml", make.request_xml())
    processed = folders.processor.process_once()
    expected = [ProcessedRequest(f"{i:02d}.xml", Outcome.REJECTED, code)
                for i, (_, _, code) in enumerate(cases)]
    assert processed == [*expected, ProcessedRequest("zz-valid.xml", Outcome.ANSWERED)]
    for (case, _, code), result in zip(cases, processed[:-1], strict=True):
        doc = folders.answer(result.name)
        assert doc["message_body"] is None, case
        header = doc["message_header"]
        assert (header["segment_of_result"], header["error_code"]) == ("9", code), case
        assert header["medical_institution_code"] == make.institution
        assert header["error_message"].endswith("。")
        assert (folders.req / "error" / result.name).exists()
    assert folders.answer("zz-valid.xml")["message_header"]["segment_of_result"] == "1"
    assert sorted(p.name for p in folders.req.iterdir()) == ["done", "error"]


def test_an_error_answer_repeats_what_was_readable_of_the_header(folders, make):
    folders.drop("Q9.xml", make.request_xml(file_id="Q9", Birthdate="1950"))
    folders.processor.process_once()
    header = folders.answer("Q9.xml")["message_header"]
    assert (header["arbitrary_file_identifier"], header["reference_classification"]) == ("Q9", "2")
    assert "Birthdate" in header["error_message"]


def test_error_answer_for_unreadable_bytes_has_no_file_id(folders):
    folders.drop("junk.xml", b"\x00junk")
    folders.processor.process_once()
    header = folders.answer("junk.xml")["message_header"]
    assert (header["arbitrary_file_identifier"], header["reference_classification"]) == (None, "2")


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes_only_ever_get_error_answers(make, data):
    with tempfile.TemporaryDirectory(dir=make.scratch_root) as root:
        folders = make_folders(Path(root), make)
        folders.drop("fuzz.xml", data)
        (processed,) = folders.processor.process_once()
        assert processed.outcome is Outcome.REJECTED
        assert folders.answer("fuzz.xml")["message_header"]["segment_of_result"] == "9"
        assert (folders.req / "error" / "fuzz.xml").read_bytes() == data


_FIELD_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="<&"), max_size=12)


@settings(max_examples=40, deadline=None)
@given(insurer=_FIELD_TEXT, number=_FIELD_TEXT, branch=_FIELD_TEXT, birth=_FIELD_TEXT, flag=_FIELD_TEXT)
def test_random_field_values_are_answered_or_rejected_field_by_field(make, insurer, number, branch, birth,
                                                                    flag):
    request = make.request_xml(InsurerNumber=insurer, InsuredIdentificationNumber=number,
                               InsuredBranchNumber=branch, Birthdate=birth,
                               LimitApplicationCertificateRelatedConsFlg=flag)
    with tempfile.TemporaryDirectory(dir=make.scratch_root) as root:
        folders = make_folders(Path(root), make)
        folders.drop("fuzz.xml", request)
        (processed,) = folders.processor.process_once()
        assert processed.error_code in (None, "REQ_BAD_FIELD", "REQ_MISSING_FIELD", "REQ_NOT_XML")
        assert (processed.outcome is Outcome.ANSWERED) == (processed.error_code is None)


# -- which files are requests --------------------------------------------------------------

def test_temp_partial_and_other_files_are_left_alone(folders, make):
    for name in (".Q1.xml", "Q1.xml.tmp", "Q1.part", "notes.txt"):
        folders.drop(name, make.request_xml())
    (folders.req / "folder.xml").mkdir()
    (folders.req / "link.xml").symlink_to(folders.req / "Q1.part")
    assert folders.processor.pending() == []
    assert folders.processor.process_once() == []
    assert list(folders.res.iterdir()) == []
    assert len(list(folders.req.iterdir())) == 6


def test_upper_case_extension_is_a_request(folders, make):
    folders.drop("Q1.XML", make.request_xml())
    assert folders.processor.pending() == ["Q1.XML"]


# -- idempotency and recovery --------------------------------------------------------------

def test_a_name_answered_before_gets_the_same_answer_again(folders, make):
    folders.drop("Q0001.xml", make.request_xml())
    folders.processor.process_once()
    first = (folders.res / "Q0001.xml").read_bytes()
    folders.lookup.answers.clear()  # the service would now say "not found"
    (folders.res / "Q0001.xml").unlink()  # the clinic system took the answer
    folders.drop("Q0001.xml", make.request_xml())
    assert folders.processor.process_once() == [ProcessedRequest("Q0001.xml", Outcome.REPLAYED)]
    assert (folders.res / "Q0001.xml").read_bytes() == first
    assert len(folders.lookup.calls) == 1
    assert sorted(p.name for p in (folders.req / "done").iterdir()) == ["Q0001.xml", "Q0001.xml.res"]
    assert sorted(p.name for p in folders.req.iterdir()) == ["done"]


def test_a_rejected_name_is_replayed_from_the_error_folder(folders, caplog):
    folders.drop("bad.xml", b"junk")
    folders.processor.process_once()
    first = (folders.res / "bad.xml").read_bytes()
    folders.drop("bad.xml", b"other junk")
    assert folders.processor.process_once() == [ProcessedRequest("bad.xml", Outcome.REPLAYED)]
    assert "reused with other content" in caplog.text
    assert (folders.res / "bad.xml").read_bytes() == first
    assert (folders.req / "error" / "bad.xml").read_bytes() == b"junk"


def test_a_crash_before_the_answer_reaches_res_resumes_with_the_same_answer(folders, make, monkeypatch):
    real_write = requests_module.write_file_atomically

    def write(path, data):
        if path.parent == folders.res:
            raise HandoffDiskFullError("RES full")
        real_write(path, data)

    monkeypatch.setattr(requests_module, "write_file_atomically", write)
    folders.drop("Q0001.xml", make.request_xml())
    with pytest.raises(HandoffDiskFullError):
        folders.processor.process_once()
    assert (folders.req / "Q0001.xml").exists() and list(folders.res.iterdir()) == []
    monkeypatch.undo()
    folders.lookup.answers.clear()
    assert folders.processor.process_once() == [ProcessedRequest("Q0001.xml", Outcome.REPLAYED)]
    assert folders.answer("Q0001.xml")["message_body"]["qualification_validity"] == "1"
    assert (folders.req / "done" / "Q0001.xml").exists() and not (folders.req / "Q0001.xml").exists()


def test_a_stale_answer_in_res_is_replaced_by_the_archived_one(folders, make):
    folders.drop("Q0001.xml", make.request_xml())
    folders.processor.process_once()
    archived = (folders.req / "done" / "Q0001.xml.res").read_bytes()
    (folders.res / "Q0001.xml").write_bytes(b"stale")
    folders.drop("Q0001.xml", make.request_xml())
    folders.processor.process_once()
    assert (folders.res / "Q0001.xml").read_bytes() == archived


def test_missing_req_folder_is_reported(folders):
    folders.req.rmdir()
    with pytest.raises(HandoffFolderMissingError):
        folders.processor.process_once()


def test_missing_res_folder_is_reported_and_the_request_kept(folders, make):
    folders.res.rmdir()
    folders.drop("Q0001.xml", make.request_xml())
    with pytest.raises(HandoffFolderMissingError):
        folders.processor.process_once()
    assert (folders.req / "Q0001.xml").exists()


# --- one bad file never blocks the rest (issue 13 §4) ----------------------------------------------

def test_a_request_name_too_long_for_its_answer_is_quarantined_and_the_rest_answered(folders, make):
    long_name = "Q" * 240 + ".xml"  # 244 characters: the answer's temp file name would not fit
    folders.drop(long_name, make.request_xml(reference="2", file_id="Q0001"))
    folders.drop("Q0002.xml", make.request_xml(reference="2", file_id="Q0002"))
    outcomes = {p.name: (p.outcome, p.error_code) for p in folders.processor.process_once()}
    assert outcomes[long_name] == (Outcome.QUARANTINED, "HANDOFF_FAILED")
    assert outcomes["Q0002.xml"] == (Outcome.ANSWERED, None)
    assert (folders.req / "error" / long_name).exists() and not (folders.req / long_name).exists()
    assert folders.processor.process_once() == []  # nothing is stuck for the next round


def test_a_directory_where_the_answer_goes_is_quarantined(folders, make):
    (folders.res / "Q0001.xml").mkdir()
    folders.drop("Q0001.xml", make.request_xml(reference="2", file_id="Q0001"))
    folders.drop("Q0002.xml", make.request_xml(reference="2", file_id="Q0002"))
    outcomes = {p.name: p.outcome for p in folders.processor.process_once()}
    assert outcomes == {"Q0001.xml": Outcome.QUARANTINED, "Q0002.xml": Outcome.ANSWERED}
    assert folders.answer("Q0002.xml")


@pytest.mark.parametrize("kind", ["symlink to /dev/zero", "fifo", "too large"])
def test_a_stored_result_that_is_not_a_plain_small_file_is_not_read(folders, make, kind):
    import os

    target = folders.results / "R20250301-0001.xml"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "too large":
        target.write_bytes(b"<" * (requests_module.MAX_RESULT_BYTES + 1))
    else:
        target.symlink_to("/dev/zero")
    folders.drop("Q0001.xml", make.request_xml(reference="1", file_id="R20250301-0001"))
    [done] = folders.processor.process_once()  # returns at once: nothing blocks or reads forever
    assert done.error_code == "REQ_RESULT_NOT_FOUND"


def test_without_an_insurance_lookup_stored_results_are_still_answered(folders, make):
    processor = RequestFolderProcessor(folders.req, folders.res, None, institution_code=make.institution,
                                       results_dir=folders.results, clock=lambda: make.now)
    result = make.reception()
    FolderResultSink(folders.results).deliver(result)
    folders.drop("Q0001.xml", make.request_xml(reference="1", file_id=result.file_id))
    folders.drop("Q0002.xml", make.request_xml(reference="2", file_id="Q0002"))
    outcomes = {p.name: p.error_code for p in processor.process_once()}
    assert outcomes == {"Q0001.xml": None, "Q0002.xml": "SERVICE_UNAVAILABLE"}
