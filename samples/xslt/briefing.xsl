<?xml version="1.0" encoding="UTF-8"?>
<!--
  briefing.xsl: a Parley XML dossier (docs/xml.md) as a readable, standalone
  HTML5 briefing: the talks, the positions by issue, the direct quotes with
  their sources, and the timeline of events.

  XSLT 1.0 (libxslt, xsltproc, lxml, browsers). Ids are resolved to names;
  an id that resolves to nothing is shown as the id itself. Only http(s)
  URLs become links.

  Run it with the xslt option of parley's xml export (see the README), or:
    xsltproc samples/xslt/briefing.xsl talks.xml > briefing.html
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="https://w3id.org/parley/xml/1.0"
                exclude-result-prefixes="p">

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:key name="entity" match="p:entities/p:entity" use="@id"/>
  <xsl:key name="issue" match="p:issues/p:issue" use="@id"/>
  <xsl:key name="talk" match="p:talks/p:talk" use="@id"/>
  <xsl:key name="source" match="p:sources/p:source" use="@id"/>
  <xsl:key name="positions-by-issue" match="p:positions/p:position" use="@issue"/>

  <!-- ================================================================ page -->

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="/*" priority="-1">
    <xsl:message terminate="yes">briefing.xsl: the input is not a Parley XML dossier (expected &lt;dossier xmlns="https://w3id.org/parley/xml/1.0"&gt;)</xsl:message>
  </xsl:template>

  <xsl:template match="p:dossier">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Parley briefing.xsl"/>
        <title><xsl:value-of select="p:title"/></title>
        <style>
body { font: 15px/1.5 system-ui, sans-serif; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #ddd; margin-top: 2.2rem; }
.meta, .when, .src { color: #666; font-size: .9rem; } .text { white-space: pre-line; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eee; }
tr.issue th { background: #f3f3f3; font-size: 1rem; }
.stance { font-weight: 600; white-space: nowrap; } .talk { margin-bottom: 1.2rem; }
.demands, .rejects, .opposes, .warns, .denies { color: #a40000; } .proposes, .supports, .accepts { color: #06620f; } .open, .conditional { color: #8a5a00; }
blockquote { margin: .5rem 0 .2rem; padding: .3rem 1rem; border-left: 4px solid #bbb; background: #fafafa; white-space: pre-wrap; }
ol.timeline { list-style: none; padding: 0; } ol.timeline li { margin-bottom: .6rem; } code { font-size: .85em; }
        </style>
      </head>
      <body>
        <header>
          <h1><xsl:value-of select="p:title"/></h1>
          <p class="meta">Briefing from dossier <code><xsl:value-of select="@id"/></code> (Parley IR <xsl:value-of select="@parley"/>):
            <xsl:value-of select="count(p:talks/p:talk)"/> talks,
            <xsl:value-of select="count(p:positions/p:position)"/> positions,
            <xsl:value-of select="count(p:statements/p:statement[@mode = 'direct'])"/> direct quotes,
            <xsl:value-of select="count(p:events/p:event)"/> events.</p>
          <xsl:if test="p:description">
            <p class="text description"><xsl:value-of select="p:description"/></p>
          </xsl:if>
        </header>
        <xsl:if test="p:talks/p:talk">
          <section id="talks">
            <h2>Talks</h2>
            <xsl:apply-templates select="p:talks/p:talk">
              <xsl:sort select="number(not(@date))" data-type="number"/>
              <xsl:sort select="substring(@date, 1 + 3 * starts-with(@date, '../') + starts-with(@date, '/'))"/>
            </xsl:apply-templates>
          </section>
        </xsl:if>
        <xsl:if test="p:positions/p:position">
          <section id="positions">
            <h2>Positions</h2>
            <xsl:call-template name="positions"/>
          </section>
        </xsl:if>
        <xsl:if test="p:statements/p:statement[@mode = 'direct']">
          <section id="quotes">
            <h2>In their own words</h2>
            <xsl:apply-templates select="p:statements/p:statement[@mode = 'direct']">
              <xsl:sort select="number(not(@date))" data-type="number"/>
              <xsl:sort select="substring(@date, 1 + 3 * starts-with(@date, '../') + starts-with(@date, '/'))"/>
            </xsl:apply-templates>
          </section>
        </xsl:if>
        <xsl:if test="p:events/p:event">
          <section id="timeline">
            <h2>Timeline</h2>
            <ol class="timeline">
              <xsl:apply-templates select="p:events/p:event">
                <xsl:sort select="number(not(@date))" data-type="number"/>
                <xsl:sort select="substring(@date, 1 + 3 * starts-with(@date, '../') + starts-with(@date, '/'))"/>
              </xsl:apply-templates>
            </ol>
          </section>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- =============================================================== talks -->

  <xsl:template match="p:talk">
    <article class="talk" id="talk-{@id}">
      <h3><xsl:value-of select="p:name"/></h3>
      <p class="when">
        <xsl:value-of select="@kind"/>
        <xsl:if test="@date"> · <xsl:call-template name="date"/></xsl:if>
        <xsl:if test="@venue"> · <span class="venue"><xsl:call-template name="entity-name"><xsl:with-param name="id" select="@venue"/></xsl:call-template></span></xsl:if>
        <xsl:if test="@duration"> · <span class="duration" title="{@duration}"><xsl:call-template name="duration"><xsl:with-param name="rest" select="substring-after(@duration, 'P')"/></xsl:call-template></span></xsl:if>
      </p>
      <xsl:if test="p:party">
        <p class="parties"><strong>Parties: </strong>
          <xsl:for-each select="p:party">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="entity-name"><xsl:with-param name="id" select="@ref"/></xsl:call-template>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test="p:participant">
        <ul class="participants">
          <xsl:for-each select="p:participant">
            <li>
              <xsl:call-template name="entity-name"><xsl:with-param name="id" select="@entity"/></xsl:call-template>
              <xsl:if test="normalize-space(p:role)"> — <xsl:value-of select="p:role"/></xsl:if>
              <xsl:if test="@party"> (<xsl:call-template name="entity-name"><xsl:with-param name="id" select="@party"/></xsl:call-template>)</xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:if test="p:issue">
        <p class="agenda"><strong>On the table: </strong>
          <xsl:for-each select="p:issue">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="issue-label"><xsl:with-param name="id" select="@ref"/></xsl:call-template>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test="normalize-space(p:outcome)">
        <p class="outcome text"><strong>Outcome: </strong><xsl:value-of select="p:outcome"/></p>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- =========================================================== positions -->

  <xsl:template name="positions">
    <table>
      <thead>
        <tr><th>Holder</th><th>Stance</th><th>Date</th><th>Summary</th><th>Talk</th></tr>
      </thead>
      <!-- one group per issue, in the order of the issues list -->
      <xsl:for-each select="p:issues/p:issue[key('positions-by-issue', @id)]">
        <xsl:call-template name="position-group">
          <xsl:with-param name="label" select="p:label"/>
          <xsl:with-param name="positions" select="key('positions-by-issue', @id)"/>
        </xsl:call-template>
      </xsl:for-each>
      <!-- positions on issues the dossier does not list (an invalid dossier) -->
      <xsl:for-each select="p:positions/p:position[not(key('issue', @issue))][generate-id() = generate-id(key('positions-by-issue', @issue)[1])]">
        <xsl:call-template name="position-group">
          <xsl:with-param name="label" select="@issue"/>
          <xsl:with-param name="positions" select="key('positions-by-issue', @issue)"/>
        </xsl:call-template>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template name="position-group">
    <xsl:param name="label"/>
    <xsl:param name="positions"/>
    <tbody>
      <tr class="issue"><th colspan="5" scope="rowgroup"><xsl:value-of select="$label"/></th></tr>
      <xsl:for-each select="$positions">
        <xsl:sort select="number(not(@date))" data-type="number"/>
        <xsl:sort select="substring(@date, 1 + 3 * starts-with(@date, '../') + starts-with(@date, '/'))"/>
        <tr class="position" id="position-{@id}">
          <td class="holder"><xsl:call-template name="entity-name"><xsl:with-param name="id" select="@holder"/></xsl:call-template></td>
          <td class="stance {@stance}"><xsl:value-of select="@stance"/></td>
          <td class="when"><xsl:if test="@date"><xsl:call-template name="date"/></xsl:if></td>
          <td class="text"><xsl:value-of select="p:summary"/></td>
          <td>
            <xsl:if test="@talk">
              <xsl:choose>
                <xsl:when test="key('talk', @talk)"><xsl:value-of select="key('talk', @talk)/p:name"/></xsl:when>
                <xsl:otherwise><code><xsl:value-of select="@talk"/></code></xsl:otherwise>
              </xsl:choose>
            </xsl:if>
          </td>
        </tr>
      </xsl:for-each>
    </tbody>
  </xsl:template>

  <!-- ============================================================== quotes -->

  <xsl:template match="p:statement">
    <figure class="quote" id="statement-{@id}">
      <blockquote><xsl:value-of select="p:text"/></blockquote>
      <figcaption>
        — <strong class="speaker"><xsl:call-template name="entity-name"><xsl:with-param name="id" select="@speaker"/></xsl:call-template></strong>
        <xsl:if test="@date">, <xsl:call-template name="date"/></xsl:if>
        <xsl:if test="@talk and key('talk', @talk)">, <xsl:value-of select="key('talk', @talk)/p:name"/></xsl:if>
        <!-- each source once, however many passages of it are cited -->
        <xsl:for-each select="p:provenance[key('source', @source)][not(@source = preceding-sibling::p:provenance/@source)]">
          <xsl:variable name="source" select="key('source', @source)"/>
          <br/><span class="src">Source: <xsl:choose>
            <xsl:when test="$source/@url and (starts-with(translate($source/@url, 'HTPS', 'htps'), 'https://') or starts-with(translate($source/@url, 'HTP', 'htp'), 'http://'))">
              <a href="{$source/@url}"><xsl:value-of select="$source/p:title"/></a>
            </xsl:when>
            <xsl:otherwise><cite><xsl:value-of select="$source/p:title"/></cite></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="normalize-space($source/p:publisher)">, <xsl:value-of select="$source/p:publisher"/></xsl:if>
          <xsl:if test="$source/@published">, <xsl:value-of select="$source/@published"/></xsl:if></span>
        </xsl:for-each>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- ============================================================ timeline -->

  <xsl:template match="p:event">
    <li class="event {@kind}" id="event-{@id}">
      <span class="when">
        <xsl:choose>
          <xsl:when test="@date"><xsl:call-template name="date"/></xsl:when>
          <xsl:otherwise>undated</xsl:otherwise>
        </xsl:choose>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="@kind"/>
        <xsl:if test="@cameo"> · CAMEO <xsl:value-of select="@cameo"/></xsl:if>
      </span><br/>
      <strong><xsl:value-of select="p:title"/></strong>
      <xsl:if test="p:actor or p:target or @location">
        <span class="who">
          <xsl:text> (</xsl:text>
          <xsl:for-each select="p:actor">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="entity-name"><xsl:with-param name="id" select="@ref"/></xsl:call-template>
          </xsl:for-each>
          <xsl:if test="p:target">
            <xsl:if test="p:actor"> → </xsl:if>
            <xsl:if test="not(p:actor)">on </xsl:if>
            <xsl:for-each select="p:target">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:call-template name="entity-name"><xsl:with-param name="id" select="@ref"/></xsl:call-template>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="@location">
            <xsl:if test="p:actor or p:target">; </xsl:if>
            <xsl:text>in </xsl:text>
            <xsl:call-template name="entity-name"><xsl:with-param name="id" select="@location"/></xsl:call-template>
          </xsl:if>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
      <xsl:if test="normalize-space(p:summary)">
        <div class="text"><xsl:value-of select="p:summary"/></div>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ============================================================= helpers -->

  <!-- An entity's name, or its id when the dossier has no such entity. -->
  <xsl:template name="entity-name">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="key('entity', $id)"><xsl:value-of select="key('entity', $id)/p:name"/></xsl:when>
      <xsl:otherwise><code><xsl:value-of select="$id"/></code></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The EDTF date in @date as written: a <time> when HTML understands it
       (YYYY-MM or YYYY-MM-DD), else a plain span (2022-01~, 2021-11/2022-01 …). -->
  <xsl:template name="date">
    <xsl:param name="date" select="string(@date)"/>
    <xsl:choose>
      <xsl:when test="(string-length($date) = 7 or string-length($date) = 10)
                      and translate($date, '0123456789', '') = substring('--', 1, (string-length($date) - 4) div 3)
                      and substring($date, 5, 1) = '-' and number(substring($date, 6, 2)) &gt;= 1
                      and number(substring($date, 6, 2)) &lt;= 12">
        <time datetime="{$date}"><xsl:value-of select="$date"/></time>
      </xsl:when>
      <xsl:otherwise><span class="date"><xsl:value-of select="$date"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An issue's label, or its id. -->
  <xsl:template name="issue-label">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="key('issue', $id)"><xsl:value-of select="key('issue', $id)/p:label"/></xsl:when>
      <xsl:otherwise><code><xsl:value-of select="$id"/></code></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An ISO 8601 duration after its P, in words: "T7H30M" gives "7 h 30 min". -->
  <xsl:template name="duration">
    <xsl:param name="rest"/>
    <xsl:param name="time" select="false()"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="string-length($rest) &gt; 0">
      <xsl:variable name="unit" select="substring(translate($rest, '0123456789.', ''), 1, 1)"/>
      <xsl:variable name="number" select="substring-before($rest, $unit)"/>
      <xsl:choose>
        <xsl:when test="$unit = 'T'">
          <xsl:call-template name="duration">
            <xsl:with-param name="rest" select="substring-after($rest, 'T')"/>
            <xsl:with-param name="time" select="true()"/>
            <xsl:with-param name="first" select="$first"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$unit = ''"><xsl:value-of select="$rest"/></xsl:when>
        <xsl:otherwise>
          <xsl:if test="not($first)"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="$number"/>
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="$unit = 'Y'">y</xsl:when>
            <xsl:when test="$unit = 'M' and not($time)">mo</xsl:when>
            <xsl:when test="$unit = 'W'">wk</xsl:when>
            <xsl:when test="$unit = 'D'">d</xsl:when>
            <xsl:when test="$unit = 'H'">h</xsl:when>
            <xsl:when test="$unit = 'M'">min</xsl:when>
            <xsl:when test="$unit = 'S'">s</xsl:when>
            <xsl:otherwise><xsl:value-of select="$unit"/></xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="duration">
            <xsl:with-param name="rest" select="substring-after($rest, $unit)"/>
            <xsl:with-param name="time" select="$time"/>
            <xsl:with-param name="first" select="false()"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
