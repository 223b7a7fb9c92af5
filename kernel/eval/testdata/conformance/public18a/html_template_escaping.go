package main

import (
	"fmt"
	"html/template"
	"os"
)

type Link struct {
	Href  string
	Text  string
	Attrs map[string]string
}

func (l Link) Safe() template.HTML { return template.HTML("<i>" + l.Text + "</i>") }

func main() {
	const page = `<html><body>
{{range .Links}}<a href="{{.Href}}" title='{{.Text}}'>{{.Text}}</a> {{.Safe}}
{{else}}none
{{end}}<script>var data = {{.Data}}; var s = "{{.Text}}";</script>
<style>p { color: {{.Color}} }</style>
<a href="/search?q={{.Text}}&x=1">q</a>
<p onclick="f({{.Text}})">{{.Trusted}}</p>
{{- /* a comment */ -}}
</body></html>
`
	data := map[string]any{
		"Links": []Link{
			{Href: "https://example.com/a b?x=1&y=<2>", Text: `Tom & "Jerry" <tags>`},
			{Href: "javascript:alert(1)", Text: "it's"},
		},
		"Data":    map[string]any{"k": []int{1, 2}, "s": "</script>"},
		"Text":    `he said "hi" & <left>`,
		"Color":   "red; background: url(x)",
		"Trusted": template.HTML("<b>bold</b>"),
	}
	t := template.Must(template.New("p").Parse(page))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("ERR", err)
	}
	empty := map[string]any{"Links": nil, "Data": nil, "Text": "", "Color": "", "Trusted": template.HTML("")}
	if err := t.Execute(os.Stdout, empty); err != nil {
		fmt.Println("ERR", err)
	}
	fmt.Println(template.HTMLEscapeString(`<a href="x">&</a>`), template.JSEscapeString(`"a'b\c</`), template.URLQueryEscaper("a b", 1))
	bad := template.Must(template.New("b").Parse(`<a href="{{.}}">`))
	fmt.Println(bad.Execute(os.Stdout, "x"), "")
	_, err := template.New("x").Parse(`{{define "a"}}{{end}}{{template "b"}}`)
	fmt.Println(err)
	t2 := template.Must(template.New("x").Parse(`{{template "b"}}`))
	fmt.Println(t2.Execute(os.Stdout, nil))
}
