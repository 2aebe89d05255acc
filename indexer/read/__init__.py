"""Read files into text: txt, md, html, pdf, docx; page chrome and personnummer out."""
