"""Reports in HTML and PDF: a State's record and the enforcement gap, every fact footnoted."""
