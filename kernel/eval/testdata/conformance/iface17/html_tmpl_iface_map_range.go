package main

import (
	"html/template"
	"os"
)

type Widget interface{ Render() template.HTML }

type Btn struct{ Label string }

func (b Btn) Render() template.HTML {
	return template.HTML("<button>" + template.HTMLEscapeString(b.Label) + "</button>")
}

type Form struct {
	Widgets map[string]Widget
	Order   []Widget
}

func (f *Form) Len() int { return len(f.Order) }

func main() {
	f := &Form{Widgets: map[string]Widget{"b": Btn{"ok & go"}, "a": Btn{"<no>"}}, Order: []Widget{Btn{"1"}}}
	t := template.Must(template.New("f").Parse(`{{.Len}}{{range $k, $w := .Widgets}}[{{$k}}:{{$w.Render}}]{{end}}{{range .Order}}{{.Render}}{{.Label}}{{end}}
`))
	if err := t.Execute(os.Stdout, f); err != nil {
		panic(err)
	}
}
