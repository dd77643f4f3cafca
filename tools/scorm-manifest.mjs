// imsmanifest.xml for a package of one SCO (the quiz page): SCORM 1.2 (IMS Content Packaging
// 1.1.2 with ADL's adlcp:masteryscore) or SCORM 2004 4th Edition (IMS CP 1.1.4, the mastery
// as the primary objective's minimum normalized measure, so the LMS sets
// cmi.scaled_passing_score). Every file of the package is listed in the resource.

import { escapeMarkup } from "../www/app/markup.js";

/**
 * The manifest of a package: `version` "1.2" or "2004", its `identifier` (letters, digits,
 * "-", "_", "."), `title`, `mastery` (percent to pass, or null), the launch file `launch`
 * and every file of the package `files` (names relative to its root).
 */
export function manifest({ version, identifier, title, mastery, launch, files }) {
  if (version !== "1.2" && version !== "2004") throw new Error(`unknown SCORM version ${version}`);
  const fileList = files.map((f) => `      <file href="${escapeMarkup(f)}"/>`).join("\n");
  if (version === "1.2") {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeMarkup(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${escapeMarkup(title)}</title>
      <item identifier="quiz" identifierref="quiz-page" isvisible="true">
        <title>${escapeMarkup(title)}</title>${mastery === null ? "" : `\n        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="quiz-page" type="webcontent" adlcp:scormtype="sco" href="${escapeMarkup(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  const objectives =
    mastery === null
      ? ""
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${mastery / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeMarkup(identifier)}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${escapeMarkup(title)}</title>
      <item identifier="quiz" identifierref="quiz-page">
        <title>${escapeMarkup(title)}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="quiz-page" type="webcontent" adlcp:scormType="sco" href="${escapeMarkup(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
