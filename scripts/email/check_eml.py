#!/usr/bin/env python3
"""Reads an e-mail message with Python's own MIME parser and prints what it finds as JSON.

An independent check of the messages Almanac builds: the Swift tests run this script on a message
and compare its findings with what they put in. Standard library only (the `email` package with
`policy=default`, `hashlib`, `json`), so it runs on any Python 3.8 or later.

Usage: check_eml.py MESSAGE.eml [--file PATH ...] [--html PATH]

--html writes the decoded HTML body to a file, to render in a browser.

Printed keys:
  headers            top-level header names, in order
  from, to           the addresses (addr-spec) of each header
  from_names, to_names  the display names of each header's addresses, decoded ("" for none),
                     runs of spaces as one: Python's address parser keeps the folding space
                     between two encoded words, which RFC 2047 section 6.2 says to drop
  subject            the decoded subject, unfolded
  date, message_id   the headers as read
  date_timestamp     the Date header as seconds since 1970-01-01 UTC
  structure          every part's content type, depth first
  defects            every defect the parser recorded, as "part N: DefectName"
  text, html         the decoded bodies of the text/plain and text/html parts, line breaks as \\n
  attachments        for each attachment: filename, content_type, size and sha256 of its bytes
  files              the sha256 of each file given with --file, by path as given
  long_lines         raw lines longer than 78 characters, without their line break
  longest_body_line  the longest raw line of any leaf part's encoded body
  bare_line_breaks   how many CR or LF are not part of a CRLF
"""

import argparse
import email
import email.policy
import email.utils
import hashlib
import json
import re
import sys


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def file_sha256(path):
    with open(path, "rb") as handle:
        return sha256(handle.read())


def addresses(message, name):
    header = message[name]
    if header is None:
        return []
    return [address.addr_spec for address in header.addresses]


def display_names(message, name):
    header = message[name]
    if header is None:
        return []
    return [re.sub(r"  +", " ", address.display_name) for address in header.addresses]


def inspect(raw, files):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    found = {
        "headers": list(message.keys()),
        "from": addresses(message, "From"),
        "to": addresses(message, "To"),
        "from_names": display_names(message, "From"),
        "to_names": display_names(message, "To"),
        "subject": str(message["Subject"]) if message["Subject"] is not None else None,
        "date": str(message["Date"]) if message["Date"] is not None else None,
        "date_timestamp": (
            email.utils.parsedate_to_datetime(str(message["Date"])).timestamp()
            if message["Date"] is not None
            else None
        ),
        "message_id": str(message["Message-ID"]) if message["Message-ID"] is not None else None,
        "structure": [],
        "defects": [],
        "text": None,
        "html": None,
        "attachments": [],
        "files": {path: file_sha256(path) for path in files},
        "long_lines": [line.decode("ascii", "replace") for line in raw.split(b"\r\n") if len(line) > 78],
        "longest_body_line": 0,
        "bare_line_breaks": len(re.findall(rb"\r(?!\n)|(?<!\r)\n", raw)),
    }
    for index, part in enumerate(message.walk()):
        found["structure"].append(part.get_content_type())
        found["defects"] += [f"part {index}: {type(defect).__name__}" for defect in part.defects]
        if part.is_multipart():
            continue
        encoded = part.get_payload(decode=False)
        found["longest_body_line"] = max(
            [found["longest_body_line"]] + [len(line) for line in encoded.splitlines()]
        )
        if part.is_attachment():
            data = part.get_payload(decode=True)
            found["attachments"].append(
                {
                    "filename": part.get_filename(),
                    "content_type": part.get_content_type(),
                    "size": len(data),
                    "sha256": sha256(data),
                }
            )
        elif part.get_content_type() in ("text/plain", "text/html"):
            key = "text" if part.get_content_type() == "text/plain" else "html"
            found[key] = part.get_content().replace("\r\n", "\n")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", help="the .eml file")
    parser.add_argument("--file", action="append", default=[], help="a file to hash for comparison")
    parser.add_argument("--html", help="where to write the HTML body")
    arguments = parser.parse_args()
    with open(arguments.message, "rb") as handle:
        raw = handle.read()
    found = inspect(raw, arguments.file)
    if arguments.html:
        with open(arguments.html, "w", encoding="utf-8") as handle:
            handle.write(found["html"] or "")
    json.dump(found, sys.stdout, indent=2, sort_keys=True, ensure_ascii=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
