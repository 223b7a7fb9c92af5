package main

import (
	"fmt"
	"html"
	"html/template"
	"os"
)

type Page struct {
	Title   string
	Items   []string
	URL     string
	Script  string
	Trusted template.HTML
	Attr    string
}

const tpl = `<h1>{{.Title}}</h1>
<ul>{{range $i, $e := .Items}}<li id="item-{{$i}}">{{$e}}</li>{{end}}</ul>
<a href="{{.URL}}" title="{{.Attr}}">link</a>
<a href="/search?q={{.Title}}">search</a>
<script>var s = {{.Script}}; var t = "{{.Title}}";</script>
<div>{{.Trusted}}</div>
<p style="color: {{.Attr}}">styled</p>
`

func main() {
	t := template.Must(template.New("page").Parse(tpl))
	p := Page{
		Title:   `Tom & Jerry's <"show">`,
		Items:   []string{"<b>bold</b>", "a&b", `"quoted"`},
		URL:     "javascript:alert(1)",
		Script:  `</script><script>alert("x")</script>`,
		Trusted: template.HTML("<em>ok</em>"),
		Attr:    `red" onclick="evil()`,
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
	p.URL = "https://example.com/a b?x=1&y=<2>"
	t.Execute(os.Stdout, p)
	fmt.Println(html.EscapeString(`<a href="x">'&'</a>`))
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp;amp; &#39; &eacute; &#x263a;"))
	fmt.Println(template.HTMLEscapeString("<x>&"), template.JSEscapeString(`it's "q" <x>`), template.URLQueryEscaper("a b", "&"))
	t2 := template.Must(template.New("x").Parse(`{{define "T"}}Hello, {{.}}!{{end}}{{template "T" .}}` + "\n"))
	t2.Execute(os.Stdout, "<script>")
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
}
