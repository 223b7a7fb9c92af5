package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`\*(.+?)\*`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = italicRe.ReplaceAllString(s, "<i>$1</i>")
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := linkRe.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, sub[2], sub[1])
	})
	return s
}

type block interface{ HTML() string }

type heading struct {
	level int
	text  string
}
type para []string
type list struct {
	ordered bool
	items   []string
}
type codeBlock []string

func (h heading) HTML() string { return fmt.Sprintf("<h%d>%s</h%d>", h.level, inline(h.text), h.level) }
func (p para) HTML() string    { return "<p>" + inline(strings.Join(p, " ")) + "</p>" }
func (l list) HTML() string {
	tag := "ul"
	if l.ordered {
		tag = "ol"
	}
	var sb strings.Builder
	sb.WriteString("<" + tag + ">")
	for _, it := range l.items {
		sb.WriteString("<li>" + inline(it) + "</li>")
	}
	sb.WriteString("</" + tag + ">")
	return sb.String()
}
func (c codeBlock) HTML() string {
	return "<pre>" + html.EscapeString(strings.Join(c, "\n")) + "</pre>"
}

var olRe = regexp.MustCompile(`^\d+\.\s+`)

func parse(src string) []block {
	var blocks []block
	var cur block
	flush := func() {
		if cur != nil {
			blocks = append(blocks, cur)
			cur = nil
		}
	}
	inCode := false
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "```") {
			if inCode {
				flush()
			} else {
				flush()
				cur = codeBlock{}
			}
			inCode = !inCode
			continue
		}
		if inCode {
			cur = append(cur.(codeBlock), line)
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			flush()
			lvl := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			blocks = append(blocks, heading{lvl, strings.TrimSpace(trimmed[lvl:])})
		case strings.HasPrefix(trimmed, "- "), olRe.MatchString(trimmed):
			ordered := !strings.HasPrefix(trimmed, "- ")
			item := strings.TrimPrefix(trimmed, "- ")
			if ordered {
				item = olRe.ReplaceAllString(trimmed, "")
			}
			if l, ok := cur.(list); ok && l.ordered == ordered {
				l.items = append(l.items, item)
				cur = l
			} else {
				flush()
				cur = list{ordered, []string{item}}
			}
		default:
			if p, ok := cur.(para); ok {
				cur = append(p, trimmed)
			} else {
				flush()
				cur = para{trimmed}
			}
		}
	}
	flush()
	return blocks
}

const doc = "# Title with `code`\n\nSome **bold** and *italic* text,\ncontinued <here> & there.\n\n- one\n- two [link](http://x.y)\n1. first\n2. second\n\n```\nif a < b {\n  return\n}\n```\n## End"

func main() {
	for _, b := range parse(doc) {
		fmt.Printf("%-16T %s\n", b, b.HTML())
	}
	fmt.Println(html.UnescapeString("&lt;a&gt; &amp;amp; &#39;q&#39; &eacute;"))
}
