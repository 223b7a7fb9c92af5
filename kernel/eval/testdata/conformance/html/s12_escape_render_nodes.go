package main

import (
	"fmt"
	"html"
	"strings"
)

type Node interface {
	Render(sb *strings.Builder)
}

type Text string

func (t Text) Render(sb *strings.Builder) { sb.WriteString(html.EscapeString(string(t))) }

type Elem struct {
	Tag      string
	Attrs    [][2]string
	Children []Node
}

func (e Elem) Render(sb *strings.Builder) {
	sb.WriteString("<" + e.Tag)
	for _, a := range e.Attrs {
		fmt.Fprintf(sb, ` %s="%s"`, a[0], html.EscapeString(a[1]))
	}
	sb.WriteString(">")
	for _, c := range e.Children {
		c.Render(sb)
	}
	sb.WriteString("</" + e.Tag + ">")
}

func render(n Node) string {
	var sb strings.Builder
	n.Render(&sb)
	return sb.String()
}

func main() {
	doc := Elem{"p", [][2]string{{"title", `say "hi" & 'bye'`}}, []Node{
		Text("5 < 6 & 7 > 3"),
		Elem{"b", nil, []Node{Text("<script>alert(1)</script>")}},
	}}
	out := render(doc)
	fmt.Println(out)
	fmt.Println(html.UnescapeString(out))
	for _, s := range []string{"&amp;lt;", "&eacute;&#233;&#xE9;", "&notanentity;", "&lt", "a&b"} {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}
	fmt.Println(html.EscapeString("\x00\"'"), html.UnescapeString(html.EscapeString("round & trip")))
}
