package main

import (
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
	t1 := template.New("t1")
	t1 = template.Must(t1.Parse("Value is {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")
	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	funcs := template.FuncMap{"upper": strings.ToUpper, "join": strings.Join}
	t5 := template.Must(template.New("t5").Funcs(funcs).Parse(
		`{{range $i, $it := .}}{{$i}}. {{upper $it.Name}} ${{printf "%.2f" $it.Price}}{{with $it.Tags}} [{{join . ","}}]{{else}} (no tags){{end}}
{{end}}`))
	items := []Item{{"apple", 1.5, []string{"fruit", "red"}}, {"bread", 2.25, nil}}
	if err := t5.Execute(os.Stdout, items); err != nil {
		panic(err)
	}
	t6 := Create("t6", "{{len .}} {{index . 1}} {{eq (index . 0) \"a\"}} {{lt 1 2}} {{and true false}}\n")
	t6.Execute(os.Stdout, []string{"a", "b"})
}
