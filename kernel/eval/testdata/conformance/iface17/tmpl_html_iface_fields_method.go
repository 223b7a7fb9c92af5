package main

import (
	"html/template"
	"os"
)

type Item interface{ Label() string }

type Link struct{ URL, Text string }

func (l Link) Label() string { return "<" + l.Text + ">" }

type Page struct {
	Title string
	Items []Item
	Main  Item
}

func (p Page) Heading() string { return p.Title + " & co" }

func main() {
	t := template.Must(template.New("p").Parse(`<h1>{{.Heading}}</h1>{{range .Items}}<a href="{{.URL}}">{{.Label}}</a>{{end}}<b>{{.Main.Label}}</b>
`))
	p := Page{Title: "T", Items: []Item{Link{"/a?x=1&y=2", "A"}, Link{"/b", "B"}}, Main: Link{"/m", "M"}}
	if err := t.Execute(os.Stdout, p); err != nil {
		panic(err)
	}
}
