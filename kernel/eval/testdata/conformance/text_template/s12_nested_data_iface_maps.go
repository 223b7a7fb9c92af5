package main

import (
	"fmt"
	"os"
	"text/template"
)

type Widget interface {
	Render() string
}

type Button struct{ Label string }

func (b Button) Render() string { return "[" + b.Label + "]" }

type Input struct{ Name, Value string }

func (i *Input) Render() string { return i.Name + "=" + i.Value }

type Form struct {
	Title   string
	Fields  map[string]Widget
	Rows    [][]Widget
	Default Widget
	Extra   any
}

const tpl = `{{.Title}}: default {{.Default.Render}}
{{range $k, $w := .Fields}}{{$k}} -> {{$w.Render}}
{{end}}{{range $i, $row := .Rows}}row{{$i}}:{{range $row}} {{.Render}}{{end}}
{{end}}extra={{with .Extra}}{{.Render}}{{end}}
`

func main() {
	f := Form{
		Title:   "login",
		Fields:  map[string]Widget{"user": &Input{"user", "ann"}, "go": Button{"Go"}},
		Rows:    [][]Widget{{Button{"a"}, &Input{"b", "2"}}, {}},
		Default: Button{"OK"},
		Extra:   Button{"more"},
	}
	t := template.Must(template.New("f").Parse(tpl))
	if err := t.Execute(os.Stdout, f); err != nil {
		fmt.Println("err:", err)
	}
	if err := t.Execute(os.Stdout, &f); err != nil {
		fmt.Println("err:", err)
	}
}
