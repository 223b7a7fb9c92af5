package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Line struct {
	Desc  string
	Qty   int
	Price Money
}

func (l Line) Total() Money { return Money(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer *Customer
	Lines    []Line
	Notes    map[string]string
}

type Customer struct{ Name, Email string }

func (c *Customer) Greeting(formal bool) string {
	if formal {
		return "Dear " + c.Name
	}
	return "Hi " + strings.Fields(c.Name)[0]
}

func (inv Invoice) Sum() (Money, error) {
	var t Money
	for _, l := range inv.Lines {
		t += l.Total()
	}
	if t < 0 {
		return 0, fmt.Errorf("negative total %v", t)
	}
	return t, nil
}

const tpl = `{{.Customer.Greeting true}}, ({{.Customer.Greeting false}})
Invoice #{{printf "%05d" .Number}}
{{range $i, $l := .Lines}}{{$i | inc}}. {{$l.Desc | printf "%-8s"}} {{$l.Qty}} x {{$l.Price}} = {{$l.Total}}
{{else}}no lines
{{end}}Total: {{.Sum}}
{{with .Notes}}{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{end}}
`

func main() {
	t := template.Must(template.New("inv").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(tpl))
	inv := Invoice{42, &Customer{"Ada Lovelace", "ada@x"}, []Line{{"widget", 3, 250}, {"gizmo", 1, 1999}}, map[string]string{"b": "2", "a": "1"}}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}
	inv.Lines = []Line{{"refund", -1, 500}}
	inv.Notes = nil
	err := t.Execute(os.Stdout, inv)
	fmt.Println("\nerror:", err)
	inv.Lines = nil
	t.Execute(os.Stdout, inv)
}
