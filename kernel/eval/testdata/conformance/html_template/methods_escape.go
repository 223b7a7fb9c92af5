package main

import (
	"html/template"
	"os"
)

type Comment struct {
	Author string
	Body   string
	Score  int
}

func (c Comment) Stars() string {
	s := ""
	for i := 0; i < c.Score; i++ {
		s += "*"
	}
	return s
}

func (c Comment) Link() template.URL { return template.URL("/u/" + c.Author) }

func main() {
	t := template.Must(template.New("c").Parse(`{{range .}}<p><a href="{{.Link}}">{{.Author}}</a>: {{.Body}} {{.Stars}}</p>
{{end}}`))
	t.Execute(os.Stdout, []Comment{{"ann", "<b>hi</b> & bye", 2}, {"bob", `"q"`, 0}})
}
