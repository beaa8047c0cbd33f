"""Page ids of the import wizard, in the order the user meets them."""

FILE, SHEET, MAPPING, PREVIEW, SUMMARY, DONE = range(6)
