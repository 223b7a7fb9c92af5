package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

func (o *Order) Sum() (s float64) {
	for _, it := range o.Items {
		s += it.Total()
	}
	return
}

const tmpl = `{{define "item"}}{{printf "%-8s" .Name}} x{{.Qty}} @ {{money .Price}} = {{money .Total}}{{if .Tags}} [{{join .Tags ", "}}]{{end}}{{end -}}
{{define "order" -}}
Order #{{.ID}} for {{upper .Customer}}{{if not .Paid}} (UNPAID){{end}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}  {{$i | inc}}. {{template "item" $it}}{{end}}
  total: {{money .Sum}}
{{- with .Notes}}
  notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}
{{- else}}
  no notes
{{- end}}
{{end -}}
{{range .}}{{template "order" .}}{{end -}}
{{len .}} orders, biggest: {{(index . 0).Customer}}`

func main() {
	funcs := template.FuncMap{
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))
	orders := []*Order{
		{1, "ada", []Item{{"bolt", 10, 0.25, nil}, {"gear", 2, 12.5, []string{"steel", "large"}}}, map[string]string{"rush": "yes", "gift": "no"}, true},
		{2, "bob", []Item{{"spring", 100, 0.05, []string{"bulk"}}}, nil, false},
	}
	sort.Slice(orders, func(i, j int) bool { return orders[i].Sum() > orders[j].Sum() })
	if err := t.Execute(os.Stdout, orders); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
	names := []string{}
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
	bad := template.Must(template.New("bad").Parse("{{.Missing}}"))
	err := bad.Execute(os.Stdout, orders[0])
	fmt.Println("\nerr:", err)
	err = template.Must(template.New("m").Option("missingkey=error").Parse("{{.a}} {{.b}}")).Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println("\nerr:", err)
}
