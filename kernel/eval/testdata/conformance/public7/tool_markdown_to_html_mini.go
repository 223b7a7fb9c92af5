package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

const doc = "# Title & Intro\n\nSome *emphasis* and **strong** text with `code <b>`.\n\n## List\n\n- first item\n- second [link](http://x.y/?a=1&b=2)\n- third\n\n1. one\n2. two\n\n> quoted\n> lines\n\n```\nfunc main() {\n\tfmt.Println(\"<hi>\")\n}\n```\nThe end."

var (
	reCode   = regexp.MustCompile("`([^`]+)`")
	reStrong = regexp.MustCompile(`\*\*(.+?)\*\*`)
	reEm     = regexp.MustCompile(`\*(.+?)\*`)
	reLink   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	reOL     = regexp.MustCompile(`^\d+\. `)
)

func inline(s string) string {
	var codes []string
	s = reCode.ReplaceAllStringFunc(s, func(m string) string {
		codes = append(codes, "<code>"+html.EscapeString(m[1:len(m)-1])+"</code>")
		return fmt.Sprintf("\x00%d\x00", len(codes)-1)
	})
	s = html.EscapeString(s)
	s = reLink.ReplaceAllString(s, `<a href="$2">$1</a>`)
	s = reStrong.ReplaceAllString(s, "<strong>$1</strong>")
	s = reEm.ReplaceAllString(s, "<em>$1</em>")
	for i, c := range codes {
		s = strings.Replace(s, fmt.Sprintf("\x00%d\x00", i), c, 1)
	}
	return s
}

func convert(md string) string {
	var out []string
	var list string
	inCode := false
	var para []string
	flushPara := func() {
		if len(para) > 0 {
			out = append(out, "<p>"+inline(strings.Join(para, " "))+"</p>")
			para = nil
		}
	}
	closeList := func() {
		if list != "" {
			out = append(out, "</"+list+">")
			list = ""
		}
	}
	openList := func(kind string) {
		if list != kind {
			closeList()
			out = append(out, "<"+kind+">")
			list = kind
		}
	}
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			flushPara()
			closeList()
			if inCode {
				out = append(out, "</code></pre>")
			} else {
				out = append(out, "<pre><code>")
			}
			inCode = !inCode
			continue
		}
		if inCode {
			out = append(out, html.EscapeString(line))
			continue
		}
		switch {
		case line == "":
			flushPara()
			closeList()
		case strings.HasPrefix(line, "#"):
			flushPara()
			level := len(line) - len(strings.TrimLeft(line, "#"))
			out = append(out, fmt.Sprintf("<h%d>%s</h%d>", level, inline(strings.TrimSpace(line[level:])), level))
		case strings.HasPrefix(line, "- "):
			openList("ul")
			out = append(out, "  <li>"+inline(line[2:])+"</li>")
		case reOL.MatchString(line):
			openList("ol")
			out = append(out, "  <li>"+inline(reOL.ReplaceAllString(line, ""))+"</li>")
		case strings.HasPrefix(line, "> "):
			out = append(out, "<blockquote>"+inline(line[2:])+"</blockquote>")
		default:
			para = append(para, line)
		}
	}
	flushPara()
	closeList()
	return strings.Join(out, "\n")
}

func main() {
	fmt.Println(convert(doc))
}
