package main

import (
	"io"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func main() {
	t1 := template.Must(template.New("t1").Parse("Value is {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t3 := template.Must(template.New("t3").Funcs(template.FuncMap{"upper": strings.ToUpper, "join": strings.Join}).Parse(
		"{{range $i, $it := .}}{{$i}}: {{upper $it.Name}} ${{printf \"%.2f\" $it.Price}}{{if $it.Tags}} [{{join $it.Tags \",\"}}]{{else}} -{{end}}\n{{end}}"))
	t3.Execute(os.Stdout, []Item{{"pen", 1.5, []string{"a", "b"}}, {"ink", 10, nil}})
	t4 := template.Must(template.New("t4").Parse(`{{with .Name}}name={{.}}{{end}} {{len .Tags}} {{index .Tags 0}} {{if and (gt .Price 1.0) (lt .Price 5.0)}}mid{{end}}` + "\n"))
	t4.Execute(os.Stdout, Item{"x", 2, []string{"t"}})
	err := template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, Item{})
	io.WriteString(os.Stdout, err.Error()+"\n")
}
