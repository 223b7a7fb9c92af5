package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Paid     bool
	Discount float64
}

type Line struct {
	Desc string
	Qty  int
	Unit float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Unit }

func (inv *Invoice) Subtotal() (s float64) {
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return
}

const tpl = `INVOICE #{{printf "%05d" .Number}} — {{.Customer | upper | printf "%-10s"}}|
{{range $i, $l := .Lines -}}
{{add $i 1}}. {{$l.Desc | printf "%-12s"}} {{$l.Qty | printf "%3d"}} × {{printf "%6.2f" $l.Unit}} = {{$l.Total | printf "%7.2f"}}
{{end -}}
{{with $sub := .Subtotal}}subtotal {{printf "%.2f" $sub}}{{end}}
{{if gt .Discount 0.0}}discount {{percent .Discount}}{{else}}no discount{{end}}
total {{.Subtotal | discount .Discount | printf "%.2f"}}
status: {{if .Paid}}PAID{{else if eq (len .Lines) 0}}EMPTY{{else}}DUE{{end}}
{{/* trailing */ -}}
{{"quoted" | printf "%q"}} {{html "<b>"}} {{js "it's"}} {{urlquery "a b&c"}} {{len "héllo"}} {{index .Lines 0 | printf "%v"}} {{slice .Customer 1 3}}
{{and 1 0 "x"}} {{or 0 "" "y"}} {{not true}} {{eq 1 2 1}} {{ne "a" "b"}} {{le 2 2}} {{call .Fn 3}}
`

type view struct {
	*Invoice
	Fn func(int) int
}

func main() {
	funcs := template.FuncMap{
		"upper":    strings.ToUpper,
		"add":      func(a, b int) int { return a + b },
		"percent":  func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
		"discount": func(d, v float64) float64 { return v * (1 - d) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tpl))
	data := view{&Invoice{Number: 42, Customer: "acme corp", Lines: []Line{{"widgets", 10, 2.5}, {"support hrs", 3, 80}}, Discount: 0.1}, func(x int) int { return x * x }}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	err := template.Must(template.New("e").Funcs(funcs).Parse(`{{add 1}}`)).Execute(os.Stdout, nil)
	fmt.Println("error:", err)
}
