package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

type Block interface {
	HTML() string
}

type Heading struct {
	Level int
	Text  string
}
type Para struct{ Lines []string }
type List struct {
	Ordered bool
	Items   []string
}
type Code struct {
	Lang  string
	Lines []string
}
type Rule struct{}

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`\*(.+?)\*`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	olRe     = regexp.MustCompile(`^\d+\.\s+`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = italicRe.ReplaceAllString(s, "<i>$1</i>")
	s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
		p := linkRe.FindStringSubmatch(m)
		return fmt.Sprintf(`<a href="%s">%s</a>`, p[2], p[1])
	})
	return s
}

func (h Heading) HTML() string { return fmt.Sprintf("<h%d>%s</h%d>", h.Level, inline(h.Text), h.Level) }
func (p Para) HTML() string    { return "<p>" + inline(strings.Join(p.Lines, " ")) + "</p>" }
func (l List) HTML() string {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	var sb strings.Builder
	sb.WriteString("<" + tag + ">")
	for _, it := range l.Items {
		sb.WriteString("<li>" + inline(it) + "</li>")
	}
	return sb.String() + "</" + tag + ">"
}
func (c Code) HTML() string {
	cls := ""
	if c.Lang != "" {
		cls = ` class="lang-` + c.Lang + `"`
	}
	return "<pre><code" + cls + ">" + html.EscapeString(strings.Join(c.Lines, "\n")) + "</code></pre>"
}
func (Rule) HTML() string { return "<hr>" }

func parse(src string) []Block {
	var blocks []Block
	lines := strings.Split(src, "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trim := strings.TrimSpace(line)
		switch {
		case trim == "":
			continue
		case strings.HasPrefix(trim, "```"):
			c := Code{Lang: strings.TrimPrefix(trim, "```")}
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), "```"); i++ {
				c.Lines = append(c.Lines, lines[i])
			}
			blocks = append(blocks, c)
		case strings.HasPrefix(trim, "#"):
			lvl := len(trim) - len(strings.TrimLeft(trim, "#"))
			blocks = append(blocks, Heading{min(lvl, 6), strings.TrimSpace(trim[lvl:])})
		case trim == "---":
			blocks = append(blocks, Rule{})
		case strings.HasPrefix(trim, "- ") || olRe.MatchString(trim):
			l := List{Ordered: olRe.MatchString(trim)}
			for ; i < len(lines); i++ {
				t := strings.TrimSpace(lines[i])
				if strings.HasPrefix(t, "- ") && !l.Ordered {
					l.Items = append(l.Items, t[2:])
				} else if l.Ordered && olRe.MatchString(t) {
					l.Items = append(l.Items, olRe.ReplaceAllString(t, ""))
				} else {
					i--
					break
				}
			}
			blocks = append(blocks, l)
		default:
			p := Para{}
			for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
				p.Lines = append(p.Lines, strings.TrimSpace(lines[i]))
			}
			blocks = append(blocks, p)
		}
	}
	return blocks
}

func main() {
	doc := "# Title with *style*\n\nSome **bold** text and `code <x>`,\ncontinued [here](http://x.test/?a=1&b=2).\n\n- one\n- **two**\n- three & four\n\n1. first\n2. second\n\n```go\nfmt.Println(\"<hi>\")\n```\n---\n###### deep\n####### deeper"
	blocks := parse(doc)
	counts := map[string]int{}
	for _, b := range blocks {
		fmt.Println(b.HTML())
		counts[fmt.Sprintf("%T", b)]++
	}
	fmt.Println(counts)
}
