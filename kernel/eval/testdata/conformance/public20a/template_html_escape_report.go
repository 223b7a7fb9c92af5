package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
	ttemplate "text/template"
)

type Row struct {
	Name  string
	Score float64
	URL   string
	Note  template.HTML
}

type Report struct {
	Title string
	Rows  []Row
	Meta  map[string]string
}

func (r Report) Avg() float64 {
	if len(r.Rows) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range r.Rows {
		s += x.Score
	}
	return s / float64(len(r.Rows))
}

const page = `<h1>{{.Title}}</h1>
<table>
{{- range $i, $r := .Rows}}
<tr class="{{if even $i}}even{{else}}odd{{end}}"><td>{{$r.Name}}</td><td>{{printf "%.1f" $r.Score}}</td><td><a href="{{$r.URL}}">link</a></td><td>{{$r.Note}}</td></tr>
{{- end}}
</table>
<p title="{{.Title}}">avg {{printf "%.2f" .Avg}}</p>
<script>var title = {{.Title}}; var n = {{len .Rows}};</script>
{{range $k, $v := .Meta}}<meta name="{{$k}}" content="{{$v}}">{{end}}
`

func main() {
	funcs := template.FuncMap{"even": func(i int) bool { return i%2 == 0 }}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	r := Report{
		Title: `Scores <&> "2024"`,
		Rows: []Row{
			{"<b>Ann</b>", 91.25, "https://example.com/?q=a&b=c", "<i>ok</i>"},
			{"Bob's", 78.5, "javascript:alert(1)", ""},
			{"Cy", 88, "/rel path", template.HTML("<b>bold</b>")},
		},
		Meta: map[string]string{"author": "A & B", "desc": `say "hi"`},
	}
	if err := t.Execute(os.Stdout, r); err != nil {
		fmt.Println("error:", err)
	}
	tt := ttemplate.Must(ttemplate.New("plain").Parse("{{.Title}} {{range .Rows}}[{{.Name}}]{{end}}\n"))
	tt.Execute(os.Stdout, r)
	fmt.Println(template.HTMLEscapeString(`<a href="x">&</a>`), template.JSEscapeString(`it's "q" </script>`), template.URLQueryEscaper("a b", "&"))
	var sb strings.Builder
	template.Must(template.New("x").Parse(`<a onclick="f({{.}})">{{.}}</a>`)).Execute(&sb, `O'Reilly & "co"`)
	fmt.Println(sb.String())
	_, err := template.New("bad").Parse(`<a href="{{.}}`)
	fmt.Println(err)
	err = template.Must(template.New("bad2").Parse(`<script>{{.X}}</script>`)).Execute(&sb, map[string]any{"X": func() {}})
	fmt.Println(err != nil)
}
