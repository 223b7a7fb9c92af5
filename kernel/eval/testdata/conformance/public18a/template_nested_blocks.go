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

type Order struct {
	ID    int
	Items []Item
	Notes map[string]string
	Cust  *struct{ Name string }
}

func main() {
	base := template.Must(template.New("base").Funcs(template.FuncMap{
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"sum": func(items []Item) float64 {
			t := 0.0
			for _, i := range items {
				t += i.Total()
			}
			return t
		},
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"seq": func(n int) []int {
			s := make([]int, n)
			for i := range s {
				s[i] = i + 1
			}
			return s
		},
	}).Parse(`{{define "row"}}{{printf "%-8s" .Name}} {{.Qty}} x {{money .Price}} = {{money .Total}}{{if .Tags}} [{{join .Tags}}]{{end}}{{end}}
{{- define "join"}}{{range $i, $t := .}}{{if $i}},{{end}}{{$t}}{{end}}{{end -}}
Order #{{.ID}}{{with .Cust}} for {{.Name | title}}{{end}}
{{block "items" .Items}}{{range .}}  {{template "row" .}}
{{end}}{{end -}}
Total: {{sum .Items | money}}
{{range $k, $v := .Notes}}{{$k}}: {{$v}}
{{else}}no notes
{{end}}{{range $i := seq 3}}{{if eq $i 2}}{{continue}}{{end}}{{$i}}{{end}} {{range $i, $e := .Items}}{{if ge $i 1}}{{break}}{{end}}{{$e.Name}}{{end}}
{{$x := 1}}{{if true}}{{$x = 2}}{{end}}x={{$x}} {{len .Items}} {{index .Notes "gift"}} {{(index .Items 0).Tags | len}}
`))
	base = template.Must(base.Funcs(template.FuncMap{"join": func(s []string) string { return strings.Join(s, "|") }}).Parse(""))
	o := Order{ID: 7, Items: []Item{{"pen", 1.5, 4, []string{"office", "blue"}}, {"book", 12, 1, nil}},
		Notes: map[string]string{"gift": "yes", "a": "first"}, Cust: &struct{ Name string }{"zoe"}}
	if err := base.Execute(os.Stdout, o); err != nil {
		fmt.Println("ERR:", err)
	}
	over := template.Must(template.Must(base.Clone()).Parse(`{{define "items"}}  ({{len .}} items hidden)
{{end}}`))
	o.Notes = nil
	o.Cust = nil
	if err := over.Execute(os.Stdout, o); err != nil {
		fmt.Println("ERR:", err)
	}
	fmt.Println(over.DefinedTemplates())
	t := template.Must(template.New("x").Parse(`{{template "row" .}}`))
	fmt.Println(t.Execute(os.Stdout, o))
	var sb strings.Builder
	err := base.ExecuteTemplate(&sb, "row", Item{"solo", 2, 2, []string{"t"}})
	fmt.Println(sb.String(), err)
	fmt.Println(base.ExecuteTemplate(os.Stdout, "nope", nil))
	e := template.Must(template.New("e").Parse("{{index . 5}}")).Execute(os.Stdout, []int{1})
	fmt.Println(e)
	e = template.Must(template.New("e").Parse("{{.Total}}")).Execute(os.Stdout, &o.Items[0])
	fmt.Println(e)
	e = template.Must(template.New("e").Parse("{{nil}}")).Execute(os.Stdout, nil)
	fmt.Println(e)
}
