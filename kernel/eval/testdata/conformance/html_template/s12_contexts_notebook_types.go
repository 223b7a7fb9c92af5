package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	URL    string
	Score  int
}

func (c Comment) Stars() string { return strings.Repeat("★", c.Score) }

type Page struct {
	Title    string
	Comments []Comment
	Safe     template.HTML
	Style    template.CSS
	Script   template.JS
}

const page = `<h1>{{.Title}}</h1>
{{range .Comments}}<div data-score="{{.Score}}" onclick="vote({{.Author}})"><a href="{{.URL}}">{{.Author}}</a> {{.Stars}}: {{.Body}}</div>
{{end}}{{.Safe}}<style>p { color: {{.Style}} }</style><script>var x = {{.Script}}; var y = {{.Title}};</script>
<a href="/search?q={{.Title}}">s</a>
`

func main() {
	t := template.Must(template.New("p").Parse(page))
	p := Page{
		Title: `Tom & "Jerry" <3`,
		Comments: []Comment{
			{"ann", "<b>bold</b> claim", "https://ok.example/a?b=1&c=2", 3},
			{"eve';alert(1)//", "x", "javascript:alert(1)", 1},
		},
		Safe:   template.HTML("<em>trusted</em>"),
		Style:  template.CSS("red"),
		Script: template.JS("42"),
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	fmt.Println(template.HTMLEscapeString("<a>"), template.JSEscapeString(`'"\`), template.URLQueryEscaper("a b", "&"))
	bad, err := template.New("b").Parse(`<a href="{{.}}`)
	if err == nil {
		err = bad.Execute(os.Stdout, "x")
	}
	fmt.Println()
	fmt.Println(err != nil)
}
