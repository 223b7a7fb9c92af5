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

func (i Item) Total() float64          { return i.Price * float64(i.Qty) }
func (i *Item) PtrMethod() string      { return "ptr:" + i.Name }
func (i Item) WithArg(p string) string { return p + i.Name }

type Order struct {
	ID       int
	Customer *Customer
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

type Customer struct {
	Name string
	VIP  bool
}

func (c *Customer) Greeting() string {
	if c.VIP {
		return "Dear valued " + c.Name
	}
	return "Hello " + c.Name
}

const tpl = `Order #{{.ID}} {{with .Customer}}{{.Greeting}}{{else}}anonymous{{end}}
{{range $i, $it := .Items -}}
{{add $i 1}}. {{$it.Name | upper | printf "%-8s"}} {{printf "%6.2f" $it.Total}}{{if gt $it.Qty 1}} (x{{$it.Qty}}){{end}}{{range $it.Tags}} #{{.}}{{else}} -{{end}}
{{else -}}
no items
{{end -}}
{{- range $k, $v := .Notes}}note {{$k}}={{$v}}
{{end -}}
Total: {{total .Items | printf "%.2f"}} {{if and .Paid (not (eq (len .Items) 0))}}PAID{{else if .Paid}}PAID-EMPTY{{else}}DUE{{end}}
{{- /* comment */ -}}
{{define "footer"}}-- {{.}} --{{end}}
{{template "footer" "thanks"}}
{{$first := index .Items 0}}{{$first.WithArg "first="}} {{slice $first.Name 1 3}} {{len $first.Tags}}
{{join (split "a,b,c" ",") "+"}} {{html "<b>"}} {{js "it's"}} {{urlquery "a b&c"}} {{print 1 2 "x" 3}} {{println "ln"}}
{{- block "extra" .ID}}[block {{.}}]{{end}}
`

func main() {
	funcs := template.FuncMap{
		"add":   func(a, b int) int { return a + b },
		"upper": strings.ToUpper,
		"total": func(items []Item) float64 {
			s := 0.0
			for _, i := range items {
				s += i.Total()
			}
			return s
		},
		"join":  strings.Join,
		"split": strings.Split,
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tpl))
	orders := []Order{
		{ID: 1, Customer: &Customer{"Ann", true}, Items: []Item{{"apple", 0.5, 4, []string{"fruit", "red"}}, {"bread", 2.25, 1, nil}}, Notes: map[string]string{"z": "last", "a": "first"}, Paid: true},
		{ID: 2, Items: []Item{{"x", 1, 1, nil}}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
	}
	err := t.Execute(os.Stdout, Order{ID: 3})
	fmt.Println("\nerror:", err)
	t2 := template.Must(template.New("x").Parse(`{{.Missing}}`))
	err = t2.Execute(os.Stdout, Item{})
	fmt.Println("\nerror:", err)
	t3 := template.Must(template.New("m").Option("missingkey=error").Parse(`{{.a}} {{.b}}`))
	err = t3.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println("\nerror:", err)
	t4 := template.Must(template.New("m").Parse(`{{.a}} {{.b}}|`))
	t4.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	it := &Item{Name: "pp"}
	template.Must(template.New("p").Parse("{{.PtrMethod}} {{.Total}}\n")).Execute(os.Stdout, it)
	_, err = template.New("bad").Parse("{{if}}")
	fmt.Println(err)
	t5 := template.Must(template.New("ws").Parse("a  {{- 1 -}}  b {{2}}  {{- 3}}\n"))
	t5.Execute(os.Stdout, nil)
	var sb strings.Builder
	template.Must(template.New("v").Parse(`{{$x := 1}}{{range .}}{{$x = .}}{{end}}{{$x}} {{range $i, $e := .}}{{if eq $i 1}}{{break}}{{end}}{{$e}}{{end}}`)).Execute(&sb, []int{5, 6, 7})
	fmt.Println(sb.String())
}
