"""Bulk import and export: the export document, CSV agent rows, import plans and applying them."""
