package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Cat struct{ name string }

func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }

type Zoo struct {
	Animals []Animal
	Keeper  fmt.Stringer
}

type keeper string

func (k keeper) String() string { return "keeper " + string(k) }

func join(s []string) string { return strings.Join(s, "+") }

func main() {
	calls := 0
	funcs := template.FuncMap{
		"shout": func(s string) string { calls++; return strings.ToUpper(s) + "!" },
		"join":  strings.Join,
		"fail": func(name string) (string, error) {
			if name == "rex" {
				return "", errors.New("rex bites")
			}
			return "ok", nil
		},
	}
	t := template.Must(template.New("zoo").Funcs(funcs).Parse(
		`{{.Keeper}} keeps {{range $i, $a := .Animals}}{{if $i}}, {{end}}{{$a.Name}}{{end}} ({{len .Animals}})
{{range .Animals}}{{.Name}} says {{shout .Sound}}
{{end}}{{range .Animals}}{{fail .Name}} {{end}}
`))
	z := Zoo{[]Animal{Dog{"fido"}, &Cat{"tom"}, Dog{"rex"}}, keeper("sam")}
	err := t.Execute(os.Stdout, z)
	fmt.Println()
	fmt.Println("err:", err, "calls:", calls)
	t2 := template.Must(template.New("x").Parse(`{{define "a"}}[{{.}}]{{end}}{{template "a" .Name}}{{template "a" .Sound}}{{"\n"}}`))
	t2.Execute(os.Stdout, &Cat{"kit"})
	fmt.Println(t2.Lookup("a") != nil, t2.Lookup("b") == nil)
	fmt.Println(join([]string{"x", "y"}))
}
