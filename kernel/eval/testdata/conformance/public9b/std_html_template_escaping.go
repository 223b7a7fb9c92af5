package main

import (
	"fmt"
	"html/template"
	"os"
)

type Post struct {
	Title   string
	Body    string
	URL     string
	Safe    template.HTML
	Authors []string
	Score   int
}

const page = `{{define "post"}}<article>
<h1 title="{{.Title}}">{{.Title}}</h1>
<a href="{{.URL}}">link</a> <a href="/q?s={{.Title}}">search</a>
<p>{{.Body}}</p>{{.Safe}}
<script>var score = {{.Score}}; var t = {{.Title}};</script>
{{range .Authors}}<span>{{.}}</span>{{else}}<em>nobody</em>{{end}}
</article>
{{end}}{{range .}}{{template "post" .}}{{end}}`

func main() {
	t := template.Must(template.New("page").Parse(page))
	posts := []Post{
		{Title: `Tom & "Jerry"`, Body: "<b>bold</b> claims", URL: "javascript:alert(1)", Safe: "<i>ok</i>", Authors: []string{"a<b", "c"}, Score: 7},
		{Title: "plain", Body: "x > y", URL: "https://example.com/a b?x=1&y=2", Score: -1},
	}
	if err := t.Execute(os.Stdout, posts); err != nil {
		panic(err)
	}
	fmt.Println(template.HTMLEscapeString("<a href='x'>"))
	fmt.Println(template.JSEscapeString(`it's "q"`))
	fmt.Println(template.URLQueryEscaper("a b&c", 1))
}
