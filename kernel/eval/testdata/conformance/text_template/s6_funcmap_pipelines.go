package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	First, Last string
	Roles       []string
}

func (u User) Full() string { return u.First + " " + u.Last }
func (u User) Has(role string) bool {
	for _, r := range u.Roles {
		if r == role {
			return true
		}
	}
	return false
}

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"join":   strings.Join,
		"add":    func(a, b int) int { return a + b },
		"repeat": func(n int, s string) string { return strings.Repeat(s, n) },
		"safe": func(s string) (string, error) {
			if s == "bad" {
				return "", fmt.Errorf("bad input")
			}
			return "[" + s + "]", nil
		},
	}
	const src = `{{define "user"}}{{.First | upper}} {{.Last | printf "%q"}}{{end -}}
{{template "user" .}}: {{join .Roles ", "}} {{add 2 3 | add 10}} {{repeat 3 "ab"}} {{"x" | safe}}
{{- /* a comment */ -}}
{{$n := len .Roles}} roles={{$n}}{{$n = add $n 1}} then={{$n}}
{{range $i, $r := .Roles}}{{if eq $r "admin" "root"}}!{{end}}{{$i}}:{{$r | upper | printf "%-6s"}}|{{end}}
{{block "footer" .}}default footer {{len .First}}{{end}}
`
	t := template.Must(template.New("main").Funcs(funcs).Parse(src))
	u := User{"ada", "lovelace", []string{"admin", "dev", "root"}}
	if err := t.Execute(os.Stdout, u); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("x").Funcs(funcs).Parse(`{{safe .}}` + "\n"))
	fmt.Println(t2.Execute(os.Stdout, "bad"))
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	err = template.Must(template.New("m").Parse("{{.Missing}}\n")).Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println(err)
	err = template.Must(template.New("m").Option("missingkey=error").Parse("{{.Missing}}\n")).Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println(err)
}
