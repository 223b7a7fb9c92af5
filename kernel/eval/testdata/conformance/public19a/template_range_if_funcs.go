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

func (i Item) Total() float64     { return i.Price * float64(i.Qty) }
func (i *Item) PtrMethod() string { return "ptr:" + i.Name }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const tpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{$i}}. {{$it.Name | printf "%-8s"}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}{{if $it.Tags}} [{{join $it.Tags ", "}}]{{end}}
{{else -}}
no items
{{end -}}
{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}{{end}}
{{if and .Paid (gt (len .Items) 1)}}paid, multiple{{else if .Paid}}paid{{else}}unpaid{{end}}
{{- /* comment */ -}}
{{define "footer"}}-- {{.}} --{{end}}
{{template "footer" "thanks"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tpl))
	o := Order{
		ID:       42,
		Customer: "ann",
		Items: []Item{
			{"pen", 1.5, 4, []string{"office", "blue"}},
			{"book", 12.25, 1, nil},
		},
		Notes: map[string]string{"gift": "yes", "deliver": "am"},
		Paid:  true,
	}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	o2 := Order{ID: 7, Customer: "bo"}
	if err := t.Execute(os.Stdout, o2); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err := t2.Execute(os.Stdout, o)
	fmt.Println("err:", err)
	t3 := template.Must(template.New("m").Parse("{{.PtrMethod}}\n"))
	err = t3.Execute(os.Stdout, &o.Items[0])
	fmt.Println("err:", err)
	err = t3.Execute(os.Stdout, o.Items[0])
	fmt.Println("err:", err != nil)
	t4 := template.Must(template.New("m").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t4.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	fmt.Println("err:", err)
	t5 := template.Must(template.New("v").Parse(`{{$x := 1}}{{range .}}{{$x = .}}{{end}}last={{$x}} {{index . 1}} {{slice . 1 2}} {{len .}} {{eq 1 1}} {{ne "a" "b"}} {{not true}} {{or 0 "" "z"}} {{print 1 2 "a" "b"}} {{html "<a>"}} {{js "it's"}} {{urlquery "a b&c"}}` + "\n"))
	t5.Execute(os.Stdout, []int{5, 6, 7})
}
