package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Product struct {
	SKU      string
	Name     string
	Category string
	Stock    int
	Reorder  int
	Price    float64
}

func (p Product) Low() bool      { return p.Stock <= p.Reorder }
func (p Product) Value() float64 { return float64(p.Stock) * p.Price }

type Category struct {
	Name     string
	Products []Product
}

func (c Category) Total() (t float64) {
	for _, p := range c.Products {
		t += p.Value()
	}
	return
}

const report = `{{- define "row" -}}
{{printf "%-6s" .SKU}} {{printf "%-14s" .Name}} {{printf "%4d" .Stock}}{{if .Low}} LOW{{end}}
{{- end -}}
INVENTORY ({{len .}} categories)
{{range $i, $c := .}}
[{{$i}}] {{$c.Name | upper}} — {{$c.Total | money}}
{{- range $c.Products}}
  {{template "row" .}}
{{- else}}
  (empty)
{{- end}}
{{end -}}
{{- $low := lowItems . -}}
{{if $low}}Reorder: {{join $low ", "}}{{else}}Nothing to reorder{{end}}
`

func main() {
	products := []Product{
		{"A1", "Widget", "tools", 40, 10, 2.5},
		{"B2", "Gadget", "tools", 3, 5, 19.99},
		{"C3", "Sprocket", "parts", 120, 50, 0.35},
		{"D4", "Gear", "parts", 8, 10, 4.2},
		{"E5", "Manual", "books", 0, 0, 12},
	}
	byCat := map[string][]Product{}
	for _, p := range products {
		byCat[p.Category] = append(byCat[p.Category], p)
	}
	var cats []Category
	for name, ps := range byCat {
		sort.Slice(ps, func(i, j int) bool { return ps[i].SKU < ps[j].SKU })
		cats = append(cats, Category{name, ps})
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i].Total() > cats[j].Total() })
	cats = append(cats, Category{Name: "misc"})
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"join":  strings.Join,
		"lowItems": func(cs []Category) []string {
			var out []string
			for _, c := range cs {
				for _, p := range c.Products {
					if p.Low() {
						out = append(out, p.SKU)
					}
				}
			}
			return out
		},
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	if err := t.Execute(os.Stdout, cats); err != nil {
		fmt.Println("error:", err)
	}
}
