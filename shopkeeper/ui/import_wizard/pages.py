"""Page ids of the import wizard, in the order the user meets them."""

FILE, SHEET, MAPPING, PREVIEW, SUMMARY, DONE = range(6)
# Between MAPPING and PREVIEW, only when the file holds values of fixed-choice fields that
# Shopkeeper does not know (values_page.py); numbered last so the others keep their ids.
VALUES = 6
