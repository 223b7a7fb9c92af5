package main

import (
	"os"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Order struct {
	Customer string
	Items    []Item
	Notes    map[string]string
	Discount *float64
}

const tpl = `Order for {{.Customer}}
{{range $i, $it := .Items}}{{if $i}}---
{{end}}{{$i}}. {{.Name}} x{{.Qty}} @ {{printf "%.2f" .Price}}{{if gt .Qty 2}} (bulk){{else if eq .Qty 0}} (none){{end}}
{{- with .Tags}} tags:{{range .}} {{.}}{{end}}{{end}}
{{else}}no items
{{end}}{{with .Discount}}discount {{.}}{{else}}no discount{{end}}
{{range $k, $v := .Notes}}{{$k}}={{$v}};{{end}}
{{len .Items}} {{index .Items 0 | printf "%v"}} {{(index .Items 1).Name}}
{{if and .Customer (not .Discount)}}yes{{end}} {{or "" "fallback"}} {{.Customer | len}}
`

func main() {
	t := template.Must(template.New("order").Parse(tpl))
	o := Order{Customer: "Ann", Items: []Item{{"pen", 1.5, 3, []string{"blue", "fine"}}, {"pad", 4, 0, nil}, {"ink", 2.25, 1, nil}}, Notes: map[string]string{"z": "last", "a": "first"}}
	if err := t.Execute(os.Stdout, o); err != nil {
		panic(err)
	}
	d := 0.1
	o.Discount = &d
	o.Items = o.Items[:2]
	t.Execute(os.Stdout, o)
	template.Must(template.New("e").Parse("{{range .}}{{.}}{{else}}empty{{end}}\n")).Execute(os.Stdout, []int{})
}
