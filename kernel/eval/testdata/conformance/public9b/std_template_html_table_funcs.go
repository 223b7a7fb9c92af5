package main

import (
	"html/template"
	"os"
	"strings"
)

type Product struct {
	Name  string
	Price float64
	Stock int
	Tags  []string
	URL   string
}

func (p Product) InStock() bool { return p.Stock > 0 }

const page = `{{define "row"}}<tr class="{{if .InStock}}ok{{else}}out{{end}}"><td><a href="{{.URL}}">{{.Name}}</a></td><td>{{printf "%.2f" .Price}}</td><td>{{join .Tags}}</td></tr>{{end}}
{{- define "table"}}<table>
{{range $i, $p := .}}{{if even $i}}<!-- even -->{{end}}{{template "row" $p}}
{{end}}</table>{{end -}}
{{template "table" .Products}}
<p>{{len .Products}} products, {{.Note}}</p>
<script>var cfg = {{.Cfg}};</script>
`

func main() {
	funcs := template.FuncMap{
		"join": func(s []string) string { return strings.Join(s, ", ") },
		"even": func(i int) bool { return i%2 == 0 },
	}
	t := template.Must(template.New("p").Funcs(funcs).Parse(page))
	data := map[string]any{
		"Products": []Product{
			{"Tea <green>", 3.5, 10, []string{"drink", "hot"}, "/p?id=1&x=<y>"},
			{"Coffee", 4.25, 0, nil, "javascript:evil()"},
			{`Cup "XL"`, 9, 2, []string{"ware"}, "https://shop.example/cup"},
		},
		"Note": template.HTML("<b>prices in EUR</b>"),
		"Cfg":  map[string]any{"currency": "EUR", "max": 3, "tags": []string{"a<b"}},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
