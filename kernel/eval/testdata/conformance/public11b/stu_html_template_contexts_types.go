package main

import (
	"fmt"
	"html/template"
	"os"
)

type Link struct {
	Title string
	URL   string
	Safe  template.HTML
	JS    template.JS
}

func (l Link) Short() string {
	if len(l.Title) > 5 {
		return l.Title[:5] + "…"
	}
	return l.Title
}

func main() {
	const page = `<h1>{{.Heading}}</h1>
<ul>{{range .Links}}
<li><a href="{{.URL}}" title="{{.Title}}" onclick="go({{.Title}})">{{.Short}}</a> {{.Safe}} <script>var x = {{.JS}}; var t = {{.Title}};</script></li>{{end}}
</ul>
<style>p { color: {{.Color}} }</style>
<a href="/search?q={{.Query}}&n={{.N}}">q</a>
`
	t := template.Must(template.New("p").Parse(page))
	data := map[string]any{
		"Heading": "Tom & Jerry's <show>",
		"Links": []Link{
			{"Go <home>", "https://go.dev/?a=1&b=2", "<b>bold</b>", "1+2"},
			{"x", "javascript:alert(1)", "", "null"},
		},
		"Color": "red; background: url(evil)",
		"Query": "a b&c=d",
		"N":     3,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(template.HTMLEscapeString(`<a href="x">'&'</a>`))
	fmt.Println(template.JSEscapeString(`it's "q" </script>`))
	fmt.Println(template.URLQueryEscaper("a b", "&", 1))
	_, err := template.New("bad").Parse(`<a href="{{.}}`)
	fmt.Println(err)
	err = template.Must(template.New("bad2").Parse(`<script>{{.}}</scrip`)).Execute(os.Stdout, 1)
	fmt.Println("\n", err)
}
