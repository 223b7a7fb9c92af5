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
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{add $i 1}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{$it.Total | printf "%6.2f"}}{{if $it.Tags}} [{{join $it.Tags ", "}}]{{end}}
{{end -}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{else}}No notes{{end}}
Status: {{if .Paid}}paid{{else if gt (len .Items) 2}}pending (large){{else}}pending{{end}}
Total: {{total .Items | printf "%.2f"}}
{{- /* a comment */ -}}
{{define "footer"}}
-- {{.}} --{{end}}
{{template "footer" "thanks"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"total": func(items []Item) float64 {
			t := 0.0
			for _, i := range items {
				t += i.Total()
			}
			return t
		},
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tpl))
	orders := []Order{
		{1, "ann", []Item{{"pen", 1.5, 4, []string{"office"}}, {"paper", 4.25, 2, nil}}, map[string]string{"gift": "yes", "b": "2"}, false},
		{2, "bob", []Item{{"a", 1, 1, nil}, {"b", 2, 2, nil}, {"c", 3, 3, []string{"x", "y"}}}, nil, false},
		{3, "cy", nil, nil, true},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, orders[0])
	fmt.Println("error:", err)
	_, err = template.New("syntax").Parse("{{if}}")
	fmt.Println("parse error:", err)
	m := template.Must(template.New("m").Parse(`{{.a}} {{index .b 1}} {{len .b}} {{.c.d}} {{eq .a "x"}} {{ne 1 2}} {{and 1 0}} {{or 0 "" "z"}} {{not true}}` + "\n"))
	m.Execute(os.Stdout, map[string]any{"a": "x", "b": []int{7, 8}, "c": map[string]int{"d": 4}})
}
