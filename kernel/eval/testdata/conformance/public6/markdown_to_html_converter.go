package main

import (
	"bufio"
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`_(.+?)_`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = italicRe.ReplaceAllString(s, "<i>$1</i>")
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		parts := linkRe.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, parts[2], parts[1])
	})
	return s
}

type state int

const (
	none state = iota
	para
	list
	code
)

func convert(md string) string {
	var out strings.Builder
	st := none
	closeBlock := func() {
		switch st {
		case para:
			out.WriteString("</p>\n")
		case list:
			out.WriteString("</ul>\n")
		}
		st = none
	}
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if st == code {
			if trimmed == "```" {
				out.WriteString("</pre>\n")
				st = none
				continue
			}
			out.WriteString(html.EscapeString(line) + "\n")
			continue
		}
		switch {
		case trimmed == "":
			closeBlock()
		case strings.HasPrefix(trimmed, "```"):
			closeBlock()
			lang := strings.TrimPrefix(trimmed, "```")
			fmt.Fprintf(&out, "<pre lang=%q>\n", lang)
			st = code
		case strings.HasPrefix(trimmed, "#"):
			closeBlock()
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			fmt.Fprintf(&out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(trimmed[level:])), level)
		case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "):
			if st != list {
				closeBlock()
				out.WriteString("<ul>\n")
				st = list
			}
			fmt.Fprintf(&out, "  <li>%s</li>\n", inline(trimmed[2:]))
		default:
			if st != para {
				closeBlock()
				out.WriteString("<p>")
				st = para
			} else {
				out.WriteString(" ")
			}
			out.WriteString(inline(trimmed))
		}
	}
	closeBlock()
	return out.String()
}

func main() {
	md := "# Go **notes**\n\nA _tiny_ converter for `markdown` & friends.\nSee [the docs](https://go.dev/doc).\n\n- first item\n- second **bold**\n* third\n\n```go\nfmt.Println(\"<hi>\")\n```\n## End\ntext after"
	fmt.Print(convert(md))
	fmt.Println(boldRe.FindAllStringSubmatchIndex("**a** b **c**", -1))
	fmt.Println(linkRe.NumSubexp(), codeRe.String())
}
