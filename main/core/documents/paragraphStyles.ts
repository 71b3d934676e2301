export const titleStyleId = 'OfficialTitle';
export const tableTextStyleId = 'OfficialTableText';

/**
 * Paragraph properties docx has no option for. Normal: no widow control, which would take a line
 * off a full page. Title and table text: off the line grid, so that their exact line heights hold
 * in LibreOffice as in Word (LibreOffice gives a 2号 line two grid lines; Word keeps the grid out of
 * tables).
 */
export const externalStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
<w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="${titleStyleId}"><w:name w:val="Official Title"/>\
<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="${tableTextStyleId}">\
<w:name w:val="Official Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>
</w:styles>`;
