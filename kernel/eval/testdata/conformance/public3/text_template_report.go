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
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%6.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}{{end}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{else}}No notes{{end}}
Status: {{if .Paid}}paid{{else if gt (len .Items) 2}}large, unpaid{{else}}unpaid{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
{{- /* a comment */ -}}
{{"\n"}}{{len .Items}} items, first: {{(index .Items 0).Name}}, {{and .Paid true}} {{or "" "fallback"}} {{not .Paid}}
{{range .Missing}}never{{else}}empty range{{end}}
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("order").Funcs(funcs).Parse(strings.Replace(tmpl, "{{range .Missing}}", "{{range .Empty}}", 1)))
	o := struct {
		Order
		Empty []int
	}{Order: Order{ID: 7, Customer: "ann", Items: []Item{{"pen", 1.5, 4}, {"book", 12.99, 1}, {"bag", 30, 1}},
		Notes: map[string]string{"gift": "yes", "door": "back"}}}
	if err := t.Execute(os.Stdout, o); err != nil {
		panic(err)
	}
	t2 := template.Must(template.New("x").Parse("{{.Name}} {{.Nope}}\n"))
	err := t2.Execute(os.Stdout, Item{Name: "q"})
	fmt.Println()
	if err != nil {
		fmt.Println("error:", err)
	}
}
