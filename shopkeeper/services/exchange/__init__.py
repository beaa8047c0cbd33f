"""Reading and writing spreadsheets and CSV files: imports, exports and their cell parsing."""
