package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Dept struct {
	Name    string
	Manager *Emp
	Staff   []Emp
	Budget  map[string]int
}

type Emp struct {
	Name   string
	Salary int
	Skills []string
}

func (e Emp) Senior() bool           { return e.Salary > 5000 }
func (e Emp) Raise(pct int) int      { return e.Salary * (100 + pct) / 100 }
func (e *Emp) Initials() string      { return e.Name[:1] }
func (d Dept) Fail() (string, error) { return "", errors.New("method failed") }

const src = `{{- /* a comment */ -}}
Dept {{.Name}}:
{{- with .Manager}} managed by {{.Name}} ({{.Initials}}){{else}} no manager{{end}}
{{range $i, $e := .Staff -}}
{{$i}}. {{$e.Name | printf "%-6s"}} {{if $e.Senior}}senior{{else if gt $e.Salary 3000}}mid{{else}}junior{{end}} raise={{$e.Raise 10}}
   {{- range .Skills}} #{{.}}{{else}} (no skills){{end}}
{{else -}}
nobody
{{end -}}
{{range $k, $v := .Budget}}{{$k}}:{{$v}} {{end}}
len={{len .Staff}} first={{with index .Staff 0}}{{.Name}}{{end}} {{if and .Manager (not .Budget)}}A{{else}}B{{end}}
{{block "footer" .}}default footer for {{.Name}}{{end}}
`

func main() {
	t := template.Must(template.New("dept").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(src))
	d := Dept{
		Name:    "R&D",
		Manager: &Emp{Name: "Grace", Salary: 9000},
		Staff:   []Emp{{"Ann", 6000, []string{"go", "sql"}}, {"Bob", 3500, nil}, {"Cy", 1000, []string{"ops"}}},
		Budget:  map[string]int{"travel": 10, "hardware": 300},
	}
	if err := t.Execute(os.Stdout, d); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(t.Clone())
	template.Must(t2.New("footer").Parse(`custom footer {{.Name | upper}}{{"\n"}}`))
	if err := t2.Execute(os.Stdout, Dept{Name: "ops", Staff: []Emp{{Name: "Z"}}}); err != nil {
		fmt.Println("error:", err)
	}
	err := template.Must(template.New("f").Parse(`{{.Fail}}`)).Execute(os.Stdout, d)
	fmt.Println("\nerror:", err)
	err = template.Must(template.New("i").Parse(`{{index .Staff 5}}`)).Execute(os.Stdout, d)
	fmt.Println("error:", err)
	_, err = template.New("bad").Parse(`{{if}}`)
	fmt.Println("parse error:", err)
}
