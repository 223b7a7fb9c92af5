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
func (i Item) HasTag(t string) bool {
	for _, x := range i.Tags {
		if x == t {
			return true
		}
	}
	return false
}

type Order struct {
	ID       int
	Customer *Customer
	Items    []Item
	Notes    map[string]string
}

type Customer struct {
	Name string
	VIP  bool
}

func (o Order) Sum() (s float64) {
	for _, it := range o.Items {
		s += it.Total()
	}
	return
}

const tpl = `Order #{{.ID}} for {{.Customer.Name}}{{if .Customer.VIP}} (VIP){{end}}
{{range $i, $it := .Items -}}
{{add $i 1}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{$it.Total | printf "%7.2f"}}{{if $it.HasTag "sale"}} *SALE*{{end}}
{{else -}}
(no items)
{{end -}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}};{{end}}{{end}}
Total: {{.Sum | printf "%.2f"}}{{if gt .Sum 100.0}} (free shipping){{end}}
{{define "footer"}}-- {{upper .}} --{{end}}{{template "footer" "thanks"}}
`

func main() {
	t := template.Must(template.New("order").Funcs(template.FuncMap{
		"add":   func(a, b int) int { return a + b },
		"upper": strings.ToUpper,
	}).Parse(tpl))
	orders := []Order{
		{ID: 1, Customer: &Customer{"Ann", true}, Items: []Item{
			{"pen", 1.5, 10, []string{"office"}},
			{"lamp", 45, 2, []string{"home", "sale"}},
			{"desk", 120, 1, nil},
		}, Notes: map[string]string{"gift": "yes", "door": "back"}},
		{ID: 2, Customer: &Customer{Name: "Bob"}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err := bad.Execute(os.Stdout, orders[0])
	fmt.Println("error:", err)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
	var sb strings.Builder
	t2 := template.Must(template.New("j").Funcs(template.FuncMap{"join": strings.Join}).Parse(`{{join . ", "}} {{len .}} {{index . 1}} {{slice . 1 2}}`))
	t2.Execute(&sb, []string{"a", "b", "c"})
	fmt.Println(sb.String())
}
