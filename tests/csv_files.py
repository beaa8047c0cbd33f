"""Small CSV files that tests write into tmp_path."""

import csv


def write_csv(path, header, rows):
    """A UTF-8 CSV with one header row; returns its path."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path
