"""The result as an XML file in the style of the 資格確認端末 interface (spec §A1, §A9).

``XmlMsg`` → ``MessageHeader`` + ``MessageBody`` → ``ResultList`` → ``ResultOfQualificationConfirmation``,
UTF-8 (``CharacterCodeIdentifier`` 0), element names and value formats as in
:mod:`kiosk.handoff.document`; absent optional elements are left out. :func:`parse_result_xml`
reads such a file back into the document dict, strictly (unknown, repeated or missing elements
are errors) and safely (defusedxml: no DTD, no entities).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 - builds trees only; parsing goes through defusedxml

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from kiosk.handoff.document import SCHEMA, Element, result_document
from kiosk.reception.model import ReceptionResult

# Characters XML 1.0 cannot carry, plus tab/CR/LF: every value is one line, and the parser
# would turn CR into LF, so the file would not read back as written.
_NOT_XML_TEXT = re.compile("[^\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class XmlInputError(ValueError):
    """Bytes that are not well-formed XML (or in an encoding the parser lacks)."""


class ForbiddenXmlError(XmlInputError):
    """A DTD (hence any entity bomb), an entity or an external reference."""


class ResultFormatError(ValueError):
    """Bytes that are not a result file of this layout."""


def build_result_xml(result: ReceptionResult) -> bytes:
    """The XML result file of a completed reception.

    :raises ValueError: a value cannot be written (control characters, bad institution code).
    """
    return document_to_xml(result_document(result))


def document_to_xml(document: dict) -> bytes:
    """Serialise a document (:mod:`kiosk.handoff.document`) as UTF-8 XML.

    :raises ValueError: the dict does not follow the schema, or a value cannot be written.
    """
    root = ET.Element(SCHEMA.tag)
    _fill(root, SCHEMA.children, document)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8",
                                                                    xml_declaration=False) + b"\n"


def _fill(parent: ET.Element, schema: tuple[Element, ...], values: dict) -> None:
    expected = {element.key for element in schema}
    if not isinstance(values, dict) or set(values) != expected:
        raise ValueError(f"<{parent.tag}> needs exactly the keys {sorted(expected)}")
    for element in schema:
        value = values[element.key]
        if element.item:
            if value:
                container = ET.SubElement(parent, element.tag)
                for entry in value:
                    _fill(ET.SubElement(container, element.item), element.children, entry)
        elif value is None:
            if element.required:
                raise ValueError(f"<{element.tag}> is required")
        elif element.children:
            _fill(ET.SubElement(parent, element.tag), element.children, value)
        elif isinstance(value, str) and not _NOT_XML_TEXT.search(value):
            ET.SubElement(parent, element.tag).text = value
        else:
            raise ValueError(f"<{element.tag}> must be one line of text")


def safe_fromstring(data: bytes) -> ET.Element:
    """Parse untrusted bytes with defusedxml; DTDs and external references are refused.

    :raises ForbiddenXmlError: | :raises XmlInputError: not well-formed, or an unknown or
        multi-byte non-UTF encoding.
    """
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ForbiddenXmlError(type(exc).__name__) from exc
    except (ET.ParseError, ValueError, LookupError) as exc:
        raise XmlInputError(f"{type(exc).__name__}: {exc}") from exc


def parse_result_xml(data: bytes) -> dict:
    """Read a result file back into its document dict (the same dict the JSON file holds).

    :raises ResultFormatError: not XML, forbidden XML constructs, or not this layout.
    """
    try:
        root = safe_fromstring(data)
    except XmlInputError as exc:
        raise ResultFormatError(f"not a readable XML file: {exc}") from exc
    if root.tag != SCHEMA.tag:
        raise ResultFormatError(f"root element is <{root.tag}>, not <{SCHEMA.tag}>")
    return _read(root, SCHEMA.children)


def _read(parent: ET.Element, schema: tuple[Element, ...]) -> dict:
    by_tag = {element.tag: element for element in schema}
    found: dict[str, ET.Element] = {}
    for child in parent:
        if child.tag not in by_tag:
            raise ResultFormatError(f"unexpected <{child.tag}> in <{parent.tag}>")
        if child.tag in found:
            raise ResultFormatError(f"<{child.tag}> repeated in <{parent.tag}>")
        found[child.tag] = child
    values: dict = {}
    for element in schema:
        node = found.get(element.tag)
        if element.item:
            values[element.key] = [] if node is None else _read_list(node, element)
        elif node is None:
            if element.required:
                raise ResultFormatError(f"<{element.tag}> missing in <{parent.tag}>")
            values[element.key] = None
        elif element.children:
            values[element.key] = _read(node, element.children)
        elif len(node):
            raise ResultFormatError(f"<{element.tag}> must hold text only")
        else:
            values[element.key] = node.text or ""
    return values


def _read_list(node: ET.Element, element: Element) -> list[dict]:
    entries = []
    for child in node:
        if child.tag != element.item:
            raise ResultFormatError(f"unexpected <{child.tag}> in <{element.tag}>")
        entries.append(_read(child, element.children))
    return entries
