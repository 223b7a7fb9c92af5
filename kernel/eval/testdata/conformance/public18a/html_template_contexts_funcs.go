package main

import (
	"fmt"
	"html/template"
	"os"
	"strings"
)

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper, "safe": func(s string) template.HTML { return template.HTML(s) }}
	t := template.Must(template.New("p").Funcs(funcs).Parse(`<ul>{{range .}}<li class="{{.Class}}" data-x='{{.X}}'>{{.Name | upper}}</li>{{end}}</ul>
<a href="https://x.test/{{(index . 0).Name}}?q={{(index . 1).Name}}">link</a>
<script>let items = {{.}};</script>
<img src="{{(index . 1).Class}}" alt="{{safe "<i>"}}">{{safe "<i>ok</i>"}}
`))
	data := []struct {
		Name  string
		Class string
		X     int
	}{{"a&b", "c\"d", 1}, {"é /?", "javascript:alert(1)", 2}}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("ERR:", err)
	}
	tt := template.Must(template.New("x").Parse(`{{define "T1"}}ONE{{.}}{{end}}{{define "T2"}}TWO {{template "T1" .}}{{end}}{{template "T2" "<x>"}}
`))
	tt.Execute(os.Stdout, nil)
	fmt.Println(tt.Lookup("T1") != nil, tt.Lookup("T9") == nil)
	e := template.Must(template.New("e").Parse(`<a onclick="alert({{.}})">{{.}}</a>
`))
	e.Execute(os.Stdout, "it's \"quoted\" </script>")
	c := template.Must(template.New("c").Parse(`<p style="color: {{.}}">x</p>
`))
	c.Execute(os.Stdout, "expression(alert(1))")
	c.Execute(os.Stdout, template.CSS("blue"))
	u := template.Must(template.New("u").Parse(`<a href="{{.}}">u</a>
`))
	u.Execute(os.Stdout, template.URL("javascript:void(0)"))
	u.Execute(os.Stdout, "/path with spaces?a=1&b=<2>")
}
