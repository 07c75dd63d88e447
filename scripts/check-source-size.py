#!/usr/bin/env python3
"""Checks the source size rules: no Swift file over 400 lines, no function body over 80.

Usage: scripts/check-source-size.py [FOLDER...]   (default: Sources)

A function is anything declared with `func`, `init`, `deinit`, `subscript` or a computed
property's `var name: Type {`; its length runs from the declaration line to its closing brace.
Braces inside string literals and comments are skipped. Exit 1 lists every file or function
over its limit.
"""

import os
import re
import sys

FILE_LIMIT = 400
FUNCTION_LIMIT = 80
DECLARATION = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|"
    r"class|final|override|mutating|nonmutating|convenience|required|nonisolated|"
    r"consuming|borrowing)\s+)*(func\s|init[(<?!]|deinit\b|subscript[(<]|var\s+\w+\s*:[^=]*\{\s*$)"
)


def code_braces(lines):
    """Yields (line index, +1/-1) for each brace outside strings and comments."""
    in_block_comment = False
    in_multiline_string = False
    for index, line in enumerate(lines):
        i = 0
        in_string = False
        interpolation = []  # parenthesis depth inside each open \( ... )
        while i < len(line):
            c = line[i]
            two = line[i : i + 2]
            three = line[i : i + 3]
            if in_block_comment:
                if two == "*/":
                    in_block_comment = False
                    i += 2
                    continue
                i += 1
                continue
            if in_multiline_string and not interpolation:
                if three == '"""':
                    in_multiline_string = False
                    i += 3
                    continue
                if two == "\\(":
                    interpolation.append(0)
                    i += 2
                    continue
                i += 2 if c == "\\" else 1
                continue
            if in_string and not interpolation:
                if c == "\\" and two == "\\(":
                    interpolation.append(0)
                    i += 2
                    continue
                if c == "\\":
                    i += 2
                    continue
                if c == '"':
                    in_string = False
                i += 1
                continue
            # Code (possibly inside an interpolation).
            if two == "//":
                break
            if two == "/*":
                in_block_comment = True
                i += 2
                continue
            if three == '"""':
                in_multiline_string = True
                i += 3
                continue
            if c == '"':
                in_string = True
                i += 1
                continue
            if interpolation:
                if c == "(":
                    interpolation[-1] += 1
                elif c == ")":
                    if interpolation[-1] == 0:
                        interpolation.pop()
                        i += 1
                        continue
                    interpolation[-1] -= 1
            if c == "{":
                yield index, 1
            elif c == "}":
                yield index, -1
            i += 1


def long_functions(lines):
    """Yields (first line, length) for each function longer than the limit."""
    depth = 0
    open_functions = []  # (declaration line, depth of its body)
    pending = []  # declarations whose body brace is not yet seen
    braces = list(code_braces(lines))
    by_line = {}
    for index, step in braces:
        by_line.setdefault(index, []).append(step)
    for index, line in enumerate(lines):
        if DECLARATION.match(line):
            pending.append(index)
        for step in by_line.get(index, []):
            if step == 1:
                depth += 1
                if pending:
                    open_functions.append((pending.pop(), depth))
                    pending.clear()
            else:
                if open_functions and open_functions[-1][1] == depth:
                    start, _ = open_functions.pop()
                    length = index - start + 1
                    if length > FUNCTION_LIMIT:
                        yield start + 1, length
                depth -= 1
        # A protocol requirement has no body: forget it at the end of its line.
        if pending and not by_line.get(index) and line.rstrip().endswith(")"):
            pass


def main():
    folders = sys.argv[1:] or ["Sources"]
    problems = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as handle:
                    lines = handle.read().split("\n")
                if lines and lines[-1] == "":
                    lines.pop()
                if len(lines) > FILE_LIMIT:
                    problems.append(f"{path}: {len(lines)} lines (limit {FILE_LIMIT})")
                for start, length in long_functions(lines):
                    problems.append(
                        f"{path}:{start}: function of {length} lines (limit {FUNCTION_LIMIT})"
                    )
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} over the size limits; split them into smaller pieces")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
