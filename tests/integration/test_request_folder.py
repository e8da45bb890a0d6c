"""The clinic system's request folder answered from the simulated eligibility service (照会区分 2)
and from a reception the kiosk completed (照会区分 1)."""

from __future__ import annotations

from kiosk.handoff.requests import RequestFolderProcessor
from kiosk.handoff.xml_result import parse_result_xml
from simulators.eligibility import SimulatedEligibilityService
from simulators.residents import resident

INSTITUTION = "1312345678"


def request(numbers: dict[str, str], file_id: str = "Q0001") -> bytes:
    info = "".join(f"<{tag}>{value}</{tag}>" for tag, value in numbers.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><XmlMsg><MessageHeader>'
            f"<MedicalInstitutionCode>{INSTITUTION}</MedicalInstitutionCode>"
            f"<ArbitraryFileIdentifier>{file_id}</ArbitraryFileIdentifier>"
            f"<ReferenceClassification>2</ReferenceClassification></MessageHeader><MessageBody>"
            f"<QualificationConfirmSearchInfo>{info}</QualificationConfirmSearchInfo></MessageBody></XmlMsg>").encode()


def test_a_query_by_insurance_numbers_is_answered(tmp_path):
    person = resident("R002")
    ins = person.insurance
    req, res = tmp_path / "REQ", tmp_path / "RES"
    req.mkdir()
    res.mkdir()
    (req / "q1.xml").write_bytes(request({
        "InsurerNumber": ins.insurer_number, "InsuredCardSymbol": ins.symbol, "InsuredIdentificationNumber": ins.number,
        "InsuredBranchNumber": ins.branch, "Birthdate": person.birth_date.strftime("%Y%m%d")}))
    (req / "q2.xml").write_bytes(request({"InsurerNumber": "06999999", "InsuredIdentificationNumber": "1",
                                          "Birthdate": "19500101"}, "Q0002"))
    processor = RequestFolderProcessor(req, res, SimulatedEligibilityService(), institution_code=INSTITUTION)
    outcomes = {p.name: p.outcome.value for p in processor.process_once()}
    assert outcomes == {"q1.xml": "answered", "q2.xml": "answered"}
    found = parse_result_xml((res / "q1.xml").read_bytes())
    missing = parse_result_xml((res / "q2.xml").read_bytes())
    assert found["message_body"]["qualification_validity"] == "1"
    assert found["message_body"]["result_list"][0]["insured_branch_number"] == ins.branch
    assert missing["message_body"]["qualification_validity"] == "4"
    assert processor.pending() == []


def test_a_real_terminal_answers_its_request_folder_without_a_lookup(tmp_path):
    """Outside simulator mode nothing answers 照会区分 2, yet configured REQ/RES folders are served
    (issue 13 §4: it used to be built only when the service had a ``lookup``)."""
    from app.reception import assemble
    from kiosk.secrets import MemorySecretStore
    from kiosk.settings import Paths, load_settings
    from simulators.card.slot import VirtualCardSlot

    for folder in ("REQ", "RES", "results"):
        (tmp_path / folder).mkdir()
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text(f'requests_dir = "{tmp_path / "REQ"}"\nresponses_dir = "{tmp_path / "RES"}"\n'
                             f'results_dir = "{tmp_path / "results"}"\n'
                             f'database_url = "sqlite:///{tmp_path / "k.db"}"\n', encoding="utf-8")
    settings = load_settings(settings_file, Paths(tmp_path / "d", tmp_path / "c", tmp_path / "l"))
    (tmp_path / "REQ" / "q1.xml").write_bytes(request({"InsurerNumber": "06999999", "InsuredIdentificationNumber": "1",
                                                       "Birthdate": "19500101"}))
    kiosk = assemble(settings, slot=VirtualCardSlot(), eligibility=SimulatedEligibilityService(),
                     secrets=MemorySecretStore(), lookup=None)
    try:
        assert [p.name for p in kiosk.pollers] == ["result-outbox", "request-folder"]
        kiosk.pollers[1].work()
    finally:
        kiosk.close()
    answer = parse_result_xml((tmp_path / "RES" / "q1.xml").read_bytes())
    assert answer["message_header"]["error_code"] == "SERVICE_UNAVAILABLE"
