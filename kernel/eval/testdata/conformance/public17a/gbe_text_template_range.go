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

func (i Item) Expensive() bool { return i.Price > 10 }

func main() {
	t1 := template.New("t1")
	t1 = template.Must(t1.Parse("Value is {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	funcs := template.FuncMap{"upper": strings.ToUpper, "join": strings.Join}
	t2 := template.Must(template.New("t2").Funcs(funcs).Parse(
		`{{range $i, $it := .}}{{if $i}}, {{end}}{{$it.Name | upper}}{{if $it.Expensive}}(${{printf "%.2f" $it.Price}}){{end}}{{with $it.Tags}} [{{join . "/"}}]{{end}}{{end}}
`))
	items := []Item{{"pen", 1.5, nil}, {"book", 12.25, []string{"paper", "new"}}, {"lamp", 30, []string{"light"}}}
	t2.Execute(os.Stdout, items)
	t3 := template.Must(template.New("t3").Parse(`{{define "row"}}<{{.}}>{{end}}{{range .}}{{template "row" .}}{{else}}empty{{end}}
`))
	t3.Execute(os.Stdout, []int{1, 2})
	t3.Execute(os.Stdout, []int{})
	t4 := template.Must(template.New("t4").Parse("{{$x := 1}}{{if and .A (not .B)}}A only{{else if .B}}B{{end}} {{len .M}} {{index .M \"k\"}} {{eq $x 1}}\n"))
	t4.Execute(os.Stdout, map[string]any{"A": true, "B": false, "M": map[string]int{"k": 7}})
}
