package main

import (
	"os"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Order struct {
	ID    int
	Items []Item
	Notes map[string]string
	Ref   *Item
}

func main() {
	const tpl = `Order #{{.ID}}
{{range $i, $it := .Items -}}
{{$i}}. {{$it.Name | printf "%-8s"}} {{printf "%6.2f" $it.Price}} x{{$it.Qty}}{{if $it.Tags}} [{{range $j, $t := $it.Tags}}{{if $j}},{{end}}{{$t}}{{end}}]{{end}}
{{end -}}
{{with .Notes}}{{.gift}}{{end}} {{index .Notes "rush"}}
{{with .Ref}}ref: {{.Name}}{{else}}no ref{{end}}
{{- /* a comment */ -}}
{{$total := 0}}{{range .Items}}{{$total = .Qty}}{{end}} last qty {{$total}}
`
	t := template.Must(template.New("order").Parse(tpl))
	o := Order{ID: 7, Items: []Item{{"pen", 1.5, 3, nil}, {"notebook", 12.25, 1, []string{"a5", "dotted"}}}, Notes: map[string]string{"gift": "wrap it", "rush": "yes"}}
	t.Execute(os.Stdout, o)
	o.Ref = &o.Items[0]
	t.Execute(os.Stdout, o)
}
