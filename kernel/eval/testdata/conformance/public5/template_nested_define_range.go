package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
)

type Node struct {
	Name     string
	Children []*Node
}

type Page struct {
	Title string
	Tree  *Node
	Users []User
}

type User struct {
	Name  string
	Admin bool
	Email string
}

func (u User) Initials() string { return strings.ToUpper(u.Name[:1]) }

const layout = `{{define "tree"}}{{.Name}}{{if .Children}}({{range $i, $c := .Children}}{{if $i}} {{end}}{{template "tree" $c}}{{end}}){{end}}{{end -}}
{{define "user"}}{{.Initials}}:{{.Name}}{{if .Admin}}*{{end}}{{end -}}
# {{.Title}}
tree: {{template "tree" .Tree}}
users:{{range .Users}} {{template "user" .}}{{else}} none{{end}}
{{range $i, $u := .Users}}{{if eq $i 0}}first={{$u.Email}}{{end}}{{end}}
{{- range $n := .Users}}{{if $n.Admin}}{{continue}}{{end}} plain:{{$n.Name}}{{end}}
{{range .Users}}{{if not .Admin}}{{break}}{{end}}{{.Name}} {{end}}
{{$title := .Title}}{{with .Tree}}{{$title}}/{{.Name}}{{end}}
`

func main() {
	t := template.Must(template.New("page").Parse(layout))
	tree := &Node{"root", []*Node{{"a", nil}, {"b", []*Node{{"b1", nil}, {"b2", nil}}}, {"c", nil}}}
	pages := []Page{
		{"Home", tree, []User{{"zoe", true, "z@x"}, {"amy", false, "a@x"}, {"max", true, "m@x"}}},
		{"Empty", &Node{Name: "solo"}, nil},
	}
	for _, p := range pages {
		var buf bytes.Buffer
		if err := t.Execute(&buf, p); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Print(buf.String())
	}
	var sb strings.Builder
	t.ExecuteTemplate(&sb, "user", User{Name: "eve"})
	fmt.Println(sb.String())
	err := t.ExecuteTemplate(&sb, "nope", nil)
	fmt.Println(err)
}
