package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Section struct {
	Title    string
	Items    []string
	Children []Section
}

const layout = `{{define "section"}}{{indent .Depth}}# {{.S.Title}}{{if .S.Items}} ({{len .S.Items}}){{end}}
{{range $i, $it := .S.Items}}{{indent $.Depth}}  {{add $i 1}}) {{$it}}
{{end}}{{range .S.Children}}{{template "section" (child . $.Depth)}}{{end}}{{end}}
{{- block "doc" .}}{{template "section" (child . -1)}}{{end}}`

type frame struct {
	S     Section
	Depth int
}

func main() {
	funcs := template.FuncMap{
		"indent": func(d int) string { return strings.Repeat("  ", d) },
		"add":    func(a, b int) int { return a + b },
		"child":  func(s Section, d int) frame { return frame{s, d + 1} },
	}
	t := template.Must(template.New("layout").Funcs(funcs).Parse(layout))
	doc := Section{"Root", []string{"intro"}, []Section{
		{"Alpha", []string{"a1", "a2"}, nil},
		{"Beta", nil, []Section{{"Gamma", []string{"g"}, nil}}},
	}}
	if err := t.Execute(os.Stdout, doc); err != nil {
		fmt.Println("err:", err)
	}
	t2 := template.Must(template.Must(t.Clone()).Parse(`{{define "doc"}}override: {{.Title}}{{end}}`))
	t2.Execute(os.Stdout, doc)
	fmt.Println()
	t.Execute(os.Stdout, Section{Title: "Only"})
	var sb strings.Builder
	tm := template.Must(template.New("m").Parse(`{{with $x := .A}}{{$x}}{{else with .B}}B={{.}}{{else}}none{{end}}|{{if and .A .B}}both{{else if or .A .B}}one{{else}}neither{{end}}|{{not .A}}|{{eq .N 1 2 3}}|{{lt .N 5}}|{{index .M "k"}}|{{len .M}}`))
	for _, d := range []map[string]any{
		{"A": "a", "B": "b", "N": 3, "M": map[string]int{"k": 1}},
		{"A": "", "B": "b", "N": 9, "M": map[string]int{}},
		{"A": "", "B": "", "N": 1, "M": map[string]int{"k": 5, "j": 6}},
	} {
		sb.Reset()
		err := tm.Execute(&sb, d)
		fmt.Println(sb.String(), err)
	}
	_, err := template.New("e").Parse(`{{template "missing"}}`)
	fmt.Println(err)
	err = template.Must(template.New("e").Parse(`{{template "missing"}}`)).Execute(&sb, nil)
	fmt.Println(err)
	err = template.Must(template.New("e").Parse(`{{.X.Y}}`)).Execute(&sb, map[string]any{"X": nil})
	fmt.Println(err)
	err = template.Must(template.New("e").Parse(`{{index . 5}}`)).Execute(&sb, []int{1})
	fmt.Println(err)
}
