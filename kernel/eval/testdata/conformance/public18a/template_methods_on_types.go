package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	Name  string
	Age   int
	Tags  []string
	Prefs map[string]bool
	Boss  *User
}

func (u User) Greeting(p string) string { return p + ", " + u.Name }
func (u *User) IsAdult() bool           { return u.Age >= 18 }
func (u User) Fail() (string, error)    { return "", errors.New("fail called") }
func (u User) Initials() string         { return strings.ToUpper(u.Name[:1]) }

type Team struct {
	Members []*User
	Title   string
}

func (t Team) Count() int { return len(t.Members) }

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"pair":  func(u *User) string { return fmt.Sprintf("%s/%d", u.Name, u.Age) },
	}
	const src = `{{define "user"}}<{{.Name}} {{.Age}}{{if .IsAdult}} adult{{end}}>{{end -}}
Team {{.Title | upper}} ({{.Count}})
{{range $i, $m := .Members}}{{$i}}: {{template "user" $m}} {{$m.Greeting "hi"}} {{pair $m}} {{join $m.Tags ","}}{{with $m.Boss}} boss={{.Name}}{{else}} noboss{{end}}
{{end}}{{range $k, $v := (index .Members 0).Prefs}}{{$k}}={{$v}};{{end}}
{{add 1 2 | add 10}} {{len .Members}} {{index .Members 1 | pair}} {{(index .Members 0).Initials}}
{{- range .Members}}{{if and .IsAdult (gt .Age 40)}} old:{{.Name}}{{else if .IsAdult}} adult:{{.Name}}{{else}} kid:{{.Name}}{{end}}{{end}}
{{printf "%05.1f|%q" 3.14159 "x"}} {{html "<b>"}} {{js "it's"}} {{urlquery "a b&c"}}
{{range 3}}{{.}}{{end}} {{slice "abcdef" 1 3}} {{eq 1 1 2}} {{ne "a" "b"}} {{not true}} {{or 0 "" "z"}}
`
	boss := &User{Name: "Zed", Age: 50}
	team := Team{Title: "core", Members: []*User{
		{Name: "ann", Age: 30, Tags: []string{"a", "b"}, Prefs: map[string]bool{"z": true, "a": false}, Boss: boss},
		{Name: "bob", Age: 12},
		boss,
	}}
	t := template.Must(template.New("t").Funcs(funcs).Parse(src))
	if err := t.Execute(os.Stdout, team); err != nil {
		fmt.Println("ERR", err)
	}
	t2 := template.Must(template.New("f").Parse("a{{.Fail}}b\n"))
	err := t2.Execute(os.Stdout, User{Name: "q"})
	fmt.Println()
	fmt.Println("err:", err)
	t3 := template.Must(template.New("m").Option("missingkey=error").Parse("{{.x}}\n"))
	fmt.Println(t3.Execute(os.Stdout, map[string]int{"y": 1}))
	_, perr := template.New("p").Parse("{{if}}")
	fmt.Println(perr)
	_, perr = template.New("p").Parse("{{.A")
	fmt.Println(perr)
	e := template.Must(template.New("e").Parse("{{.Nope}}")).Execute(os.Stdout, team)
	fmt.Println(e)
}
