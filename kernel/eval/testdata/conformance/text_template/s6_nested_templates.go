package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Node struct {
	Name     string
	Children []Node
}

func main() {
	t := template.New("tree").Funcs(template.FuncMap{
		"indent": func(n int) string { return strings.Repeat("  ", n) },
		"inc":    func(n int) int { return n + 1 },
	})
	template.Must(t.Parse(`{{define "node"}}{{indent .Depth}}- {{.N.Name}}
{{range .N.Children}}{{template "node" (wrap . (inc $.Depth))}}{{end}}{{end}}{{template "node" (wrap . 0)}}`))
	_ = t
	t2 := template.New("tree").Funcs(template.FuncMap{
		"indent": func(n int) string { return strings.Repeat("  ", n) },
		"inc":    func(n int) int { return n + 1 },
		"wrap":   func(n Node, d int) map[string]any { return map[string]any{"N": n, "Depth": d} },
	})
	template.Must(t2.Parse(`{{define "node"}}{{indent .Depth}}- {{.N.Name}}
{{range .N.Children}}{{template "node" (wrap . (inc $.Depth))}}{{end}}{{end}}{{template "node" (wrap . 0)}}`))
	root := Node{"root", []Node{{"a", []Node{{"a1", nil}, {"a2", nil}}}, {"b", nil}}}
	if err := t2.Execute(os.Stdout, root); err != nil {
		fmt.Println(err)
	}
	fmt.Println(t2.DefinedTemplates())
	base := template.Must(template.New("base").Parse(`<{{block "content" .}}default{{end}}>` + "\n"))
	over := template.Must(template.Must(base.Clone()).Parse(`{{define "content"}}override {{.}}{{end}}`))
	base.Execute(os.Stdout, 1)
	over.Execute(os.Stdout, 2)
	var sb strings.Builder
	template.Must(template.New("x").Parse(`{{range $i, $e := .}}{{if gt $i 0}}, {{end}}{{$e}}{{end}}`)).Execute(&sb, []string{"x", "y", "z"})
	fmt.Println(sb.String())
	template.Must(template.New("x").Parse("{{range 3}}{{.}}{{end}} {{slice \"abcdef\" 1 3}} {{html \"<a>\"}} {{js \"'\"}} {{urlquery \"a b\"}} {{print 1 2 \"s\"}} {{println \"end\"}}")).Execute(os.Stdout, nil)
}
