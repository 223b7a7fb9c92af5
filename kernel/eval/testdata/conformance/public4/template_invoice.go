package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Customer string
	Items    []Item
	Paid     bool
	Notes    map[string]string
}

const tpl = `Invoice for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}: {{$it.Name | printf "%-8s"}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}
{{else}}no items
{{end}}{{if .Paid}}PAID{{else}}DUE{{end}}
{{with .Notes}}{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{end}}
{{len .Items}} items{{/* comment */}}
{{- if and .Paid (gt (len .Items) 1)}} big{{end}}
`

func main() {
	t := template.Must(template.New("inv").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(tpl))
	inv := Invoice{Customer: "acme", Items: []Item{{"bolt", 10, 0.25}, {"nut", 3, 1.5}}, Paid: true,
		Notes: map[string]string{"z": "last", "a": "first"}}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println(err)
	}
	t.Execute(os.Stdout, Invoice{Customer: "empty"})
	t2 := template.Must(template.New("x").Parse(`{{define "T"}}[{{.}}]{{end}}{{template "T" "a"}}{{template "T" 42}}{{"\n"}}`))
	t2.Execute(os.Stdout, nil)
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	err = template.Must(template.New("m").Parse("{{.Missing}}\n")).Execute(os.Stdout, inv)
	fmt.Println(err)
}
