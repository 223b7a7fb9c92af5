package main

import (
	"fmt"
	"html/template"
	"os"
)

type Kind string

func (k Kind) Badge() string { return "<" + string(k) + ">" }

type Author struct {
	Name string
}

func (a Author) Link() template.HTML {
	return template.HTML(`<a href="/u/` + a.Name + `">` + a.Name + `</a>`)
}

type Post struct {
	Title  string
	Kind   Kind
	Author Author
	Score  Score
}

type Score float64

func (s Score) String() string { return fmt.Sprintf("%.1f pts", float64(s)) }

type Page struct {
	Posts []Post
	Top   *Post
}

func main() {
	p := Page{Posts: []Post{{"a<b", "news", Author{"bob"}, 1.5}, {"x&y", "ask", Author{"eve"}, 2}}}
	p.Top = &p.Posts[1]
	tpl := template.Must(template.New("p").Parse(`{{range .Posts}}<li>{{.Title}} {{.Kind.Badge}} {{.Author.Link}} {{.Score}} {{.Kind}}</li>
{{end}}top: {{.Top.Title}} {{.Top.Score}} <a title="{{.Top.Kind.Badge}}">{{.Top.Author.Name}}</a>
`))
	if err := tpl.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
}
