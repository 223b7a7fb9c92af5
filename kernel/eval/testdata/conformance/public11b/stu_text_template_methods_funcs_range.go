package main

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64              { return i.Price * float64(i.Qty) }
func (i Item) Discount(p int) float64      { return i.Total() * float64(100-p) / 100 }
func (i *Item) Label(prefix string) string { return prefix + strings.ToUpper(i.Name) }

type Order struct {
	ID    int
	Items []*Item
	Meta  map[string]string
	Note  *string
}

func (o Order) Sum() (float64, error) {
	s := 0.0
	for _, it := range o.Items {
		s += it.Total()
	}
	if s == 0 {
		return 0, errors.New("empty order")
	}
	return s, nil
}

func (o Order) Names() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, it := range o.Items {
			if !yield(it.Name) {
				return
			}
		}
	}
}

const tpl = `Order #{{.ID}}{{with .Note}} ({{.}}){{end}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{$i}}: {{$it.Label "* "}} {{printf "%.2f" $it.Total}} -10%: {{$it.Discount 10 | printf "%.2f"}}{{end}}
{{range $k, $v := .Meta}}{{$k}}={{$v}};{{else}}no meta{{end}}
sum: {{.Sum | printf "%.2f"}}
names:{{range .Names}} {{.}}{{end}}
count:{{range 3}} {{.}}{{end}}
{{define "line"}}[{{.Name | upper}} x{{.Qty}}]{{end}}{{range .Items}}{{template "line" .}}{{if gt .Qty 2}}{{break}}{{end}}{{end}}
{{len .Items}} {{index .Items 0 | lbl}} {{eq .ID 1 2 42}} {{and .Note .ID}} {{or .Note "none"}} {{not true}}
{{- /* trimmed */ -}}
!
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"lbl":   func(i *Item) string { return i.Label("#") },
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tpl))
	o := Order{ID: 42, Items: []*Item{{"tea", 2.5, 2}, {"cake", 3.25, 3}, {"jam", 4, 1}},
		Meta: map[string]string{"b": "2", "a": "1"}}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	note := "gift"
	o2 := Order{ID: 1, Note: &note}
	err := template.Must(template.New("x").Parse("{{.ID}} {{.Note}} {{.Sum}}\n")).Execute(os.Stdout, o2)
	fmt.Println("\nerror:", err)
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err)
	err = template.Must(template.New("m").Parse("{{.Missing}}\n")).Execute(os.Stdout, o)
	fmt.Println("exec error:", err)
	err = template.Must(template.New("m").Option("missingkey=error").Parse("{{.missing}}\n")).Execute(os.Stdout, map[string]int{})
	fmt.Println("missingkey:", err)
}
