package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price int
	Qty   int
}

func (i Item) Total() int     { return i.Price * i.Qty }
func (i *Item) Label() string { return strings.ToUpper(i.Name) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Discount func(int) int
}

func (o Order) Sum() (s int) {
	for _, it := range o.Items {
		s += it.Total()
	}
	return
}

func (o Order) HasNotes() bool { return len(o.Notes) > 0 }

const tpl = `{{define "line"}}{{printf "%-8s" .Name}} {{.Qty}} x {{.Price}} = {{.Total}}{{end -}}
Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{$i}}. {{template "line" $it}}{{end}}
Sum: {{.Sum}} {{with .Discount}}after discount: {{call . $.Sum}}{{else}}no discount{{end}}
{{if .HasNotes}}Notes:{{range $k, $v := .Notes}} {{$k}}={{$v}};{{end}}{{else}}(no notes){{end}}
{{- /* comment */ -}}
{{$n := len .Items}}
Count: {{$n}} {{if gt $n 2}}big{{else if eq $n 0}}empty{{else}}small{{end}} order
{{range .Items}}{{if lt .Price 100}}{{continue}}{{end}}expensive: {{.Name}} {{end}}
{{join (names .Items) ", "}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"names": func(items []Item) []string {
			var n []string
			for _, it := range items {
				n = append(n, it.Name)
			}
			return n
		},
		"join": strings.Join,
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tpl))
	orders := []Order{
		{1, "ann", []Item{{"pen", 150, 2}, {"paper", 5, 100}, {"ink", 300, 1}}, map[string]string{"gift": "yes", "door": "back"}, func(x int) int { return x * 9 / 10 }},
		{2, "bob", nil, nil, nil},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
	}
	t2 := template.Must(template.New("x").Parse("{{.Label}}\n"))
	err := t2.Execute(os.Stdout, &Item{Name: "ptr"})
	fmt.Println(err)
	err = t2.Execute(os.Stdout, Item{Name: "val"})
	fmt.Println(err != nil)
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
}
