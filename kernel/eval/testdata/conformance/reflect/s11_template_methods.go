// text/template calling methods of user types: value and pointer
// receivers, methods with arguments, methods returning errors, nested
// fields through embedded structs, and funcs from a FuncMap on user types.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Person struct {
	First, Last string
	Age         int
}

func (p Person) Full() string        { return p.First + " " + p.Last }
func (p Person) Older(than int) bool { return p.Age > than }
func (p *Person) Initials() string   { return p.First[:1] + p.Last[:1] }
func (p Person) Check() (string, error) {
	if p.Age < 0 {
		return "", fmt.Errorf("bad age %d", p.Age)
	}
	return "ok", nil
}

type Line struct {
	Item  string
	Price Money
	Qty   int
}

func (l Line) Total() Money { return l.Price * Money(l.Qty) }

type Audit struct{ By string }

type Invoice struct {
	Audit
	Customer *Person
	Lines    []Line
	Tags     map[string]string
}

func (inv Invoice) Sum() Money {
	var s Money
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const tpl = `Invoice for {{.Customer.Full}} ({{.Customer.Initials}}) by {{.By}}
{{range $i, $l := .Lines}}{{$i}}. {{$l.Item | upper}} {{$l.Qty}} x {{$l.Price}} = {{$l.Total}}
{{end}}Sum: {{.Sum}}{{if .Customer.Older 30}} (senior){{end}}
{{with .Tags}}{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{end}}
{{.Customer.Check}} {{printf "%v|%s" .Sum (index .Lines 0).Price}}
`

func main() {
	t := template.Must(template.New("inv").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(tpl))
	inv := Invoice{Audit{"bob"}, &Person{"Ada", "Lovelace", 36}, []Line{{"pen", 150, 2}, {"ink", 999, 1}}, map[string]string{"b": "2", "a": "1"}}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}
	inv.Customer.Age = -1
	err := template.Must(template.New("c").Parse(`{{.Customer.Check}}`)).Execute(os.Stdout, inv)
	fmt.Println()
	fmt.Println("error:", err != nil, strings.Contains(fmt.Sprint(err), "bad age -1"))
	err = template.Must(template.New("m").Parse(`{{.Missing}}`)).Execute(os.Stdout, inv)
	fmt.Println(err != nil)
}
