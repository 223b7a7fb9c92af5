package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	ID       int
	Customer *Customer
	Items    []Item
	Notes    map[string]string
}

type Customer struct{ Name, Email string }

func (c *Customer) String() string { return c.Name + " <" + c.Email + ">" }

const tpl = `{{define "item"}}- {{.Name | printf "%-8s"}} {{.Qty}} x {{printf "%.2f" .Price}} = {{.Total | money}}{{if .Tags}} [{{join .Tags ", "}}]{{end}}{{end -}}
{{define "order"}}Order #{{.ID}} for {{with .Customer}}{{.}}{{else}}anonymous{{end}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{template "item" $it}}{{else}}(no items){{end}}
{{range $k, $v := .Notes}}note {{$k}}={{$v}}
{{end}}total: {{total .Items | money}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"join":  strings.Join,
		"total": func(items []Item) (t float64) {
			for _, it := range items {
				t += it.Total()
			}
			return
		},
	}
	t := template.Must(template.New("root").Funcs(funcs).Parse(tpl))
	orders := []Order{
		{ID: 1, Customer: &Customer{"Ann", "ann@example.com"}, Items: []Item{{"pen", 1.5, 4, nil}, {"book", 12.25, 1, []string{"new", "gift"}}}, Notes: map[string]string{"z": "last", "a": "first"}},
		{ID: 2},
	}
	for _, o := range orders {
		if err := t.ExecuteTemplate(os.Stdout, "order", o); err != nil {
			fmt.Println("error:", err)
		}
	}
	err := template.Must(template.New("x").Parse("{{.Missing}}")).Execute(os.Stdout, orders[0])
	fmt.Println()
	fmt.Println("error:", err)
}
