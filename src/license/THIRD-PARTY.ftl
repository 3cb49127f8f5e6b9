<#--
  The notice for lib/ (lib/THIRD-PARTY.txt), written by license-maven-plugin's add-third-party goal
  (see pom.xml). Context: licenseMap, the entries (licence → the dependencies under it), after
  src/license/merges.txt and override-THIRD-PARTY.properties have turned every name into an SPDX
  identifier; the build has already failed if one is not in src/license/allowed.txt.
  Every jar is listed as <artifactId>-<version>.jar, the name maven-dependency-plugin gives it in
  lib/ (environment/tests/test_notices.py checks that the two sets are equal).
-->
<#function jar p><#return p.artifactId + "-" + p.version + ".jar"></#function>
<#function holders p>
  <#if p.organization?? && p.organization.name??><#return p.organization.name></#if>
  <#assign names = []>
  <#list p.developers as d><#if d.name??><#assign names = names + [d.name]></#if></#list>
  <#return names?join(", ")>
</#function>
Third-party software in lib/
============================

lib/ holds nn-workbook.jar, the workbook's own library (MIT License: LICENSE at the top of
the repository), and the ${dependencyMap?size} jars of other projects listed below, unchanged
(but for fastutil's, which holds only the fastutil classes that the other jars use: the build
leaves the others out, see pom.xml).
nn-workbook.jar also carries two data sets: Fisher's iris data (public domain) and the test
set of the UCI "Optical Recognition of Handwritten Digits" by E. Alpaydin and C. Kaynak
(1998), licensed CC BY 4.0, https://doi.org/10.24432/C50P49 (see ATTRIBUTION.md).

The build (./mvnw package, license-maven-plugin) writes this file from the licence that each
jar's own Maven POM declares, named by its SPDX identifier (src/license/). Do not edit it by
hand. The full text of every licence named here follows the list; the notices that a
project ships inside its jar (META-INF/LICENSE*, META-INF/NOTICE*) stay there.

Source code: each jar's source is published in Maven Central under the same coordinates with
the classifier "sources" (groupId:artifactId:version:sources). For the jars under the GNU LGPL
this is their Corresponding Source; they are separate, unmodified jars on the notebooks'
class path, which a user may replace with a modified version.

<#list licenseMap as e>
<#if e.getValue()?size != 0>
${e.getKey()} (${e.getValue()?size} jar<#if e.getValue()?size != 1>s</#if>)
<#list e.getValue() as p>
  ${jar(p)}
      ${p.name!p.artifactId} ${p.version} (${p.groupId}:${p.artifactId}:${p.version})
<#if p.url??>
      ${p.url}
</#if>
<#if holders(p) != "">
      by (as its POM says): ${holders(p)}
</#if>
</#list>

</#if>
</#list>
Licence texts
=============

The MIT, BSD and ISC texts below are the licences' standard forms: in each project's own copy
the copyright line names its authors (see its source; its POM's names are quoted above).
<#list licenseMap as e>
<#if e.getValue()?size != 0>

-------------------------------------------------------------------------------
${e.getKey()}
-------------------------------------------------------------------------------

<#include "texts/" + e.getKey() + ".txt" parse=false>
</#if>
</#list>
