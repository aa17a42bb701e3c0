// Writes a union rule from the bundled Markdown layout as an OpenDocument text in which Word-style list numbering, not
// typed text, numbers the articles (第%1条, continued across chapters) and their items (（%2）), as rules drafted in Word
// are; LibreOffice then saves it as .docx and .pdf (bench/formats/run.sh). Usage: node to-fodt.js IN.md OUT.fodt
const fs = require("fs");
const [input, output] = process.argv.slice(2);
const esc = s => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const lines = fs.readFileSync(input, "utf8").split("\n");
const title = lines.find(l => l.startsWith("# ")).slice(2).trim();
const body = lines.slice(lines.findIndex(l => l.includes("<!-- INFO END -->")) + 1).map(l => l.trim()).filter(Boolean);
const out = [`<text:p text:style-name="Title">${esc(title)}</text:p>`];
let open = false, first = true, items = false;
const closeItems = () => { if (items) { out.push("</text:list>"); items = false; } };
const closeArticle = () => { closeItems(); if (open) { out.push("</text:list-item></text:list>"); open = false; } };
for (const line of body) {
  if (line.startsWith("## ")) { closeArticle(); out.push(`<text:h text:style-name="Heading_20_2" text:outline-level="2">${esc(line.slice(3))}</text:h>`); continue; }
  const article = line.match(/^第[一二三四五六七八九十百零]+条[\s\u3000]*(.*)$/);
  if (article) {
    closeArticle();
    out.push(first ? `<text:list xml:id="articles" text:style-name="Articles">` : `<text:list text:continue-list="articles" text:style-name="Articles">`);
    out.push(`<text:list-item><text:p text:style-name="Standard">${esc(article[1])}</text:p>`);
    open = true; first = false; continue;
  }
  const item = line.match(/^（[一二三四五六七八九十]+）(.*)$/);
  if (item && open) {
    if (!items) { out.push("<text:list>"); items = true; }
    out.push(`<text:list-item><text:p text:style-name="Standard">${esc(item[1])}</text:p></text:list-item>`);
    continue;
  }
  closeItems();
  out.push(`<text:p text:style-name="Standard">${esc(line)}</text:p>`);
}
closeArticle();
fs.writeFileSync(output, `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="14pt" style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="14pt"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:text-align="center"/></style:style>
  <text:list-style style:name="Articles">
   <text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条" style:num-format="一, 二, 三, ..."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:list-level-style-number>
  </text:list-style>
 </office:styles>
 <office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>${esc(title.replace(/工会.*$/, "工会"))}</text:p></style:header>
   <style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>${out.join("\n")}</office:text></office:body>
</office:document>
`);
