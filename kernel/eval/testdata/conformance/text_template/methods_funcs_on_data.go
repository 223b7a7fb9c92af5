package main

import (
	"os"
	"strings"
	"text/template"
)

type User struct {
	First, Last string
	Admin       bool
	Roles       []string
	Meta        map[string]int
}

func main() {
	funcs := template.FuncMap{
		"full":  func(u User) string { return u.First + " " + u.Last },
		"upper": strings.ToUpper,
		"has": func(list []string, s string) bool {
			for _, x := range list {
				if x == s {
					return true
				}
			}
			return false
		},
		"inc": func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("u").Funcs(funcs).Parse(`{{range $i, $u := .}}{{inc $i}}. {{full $u | upper}}{{if $u.Admin}} (admin){{end}}{{if has $u.Roles "dev"}} dev{{end}} logins={{index $u.Meta "logins"}}
{{end}}`))
	users := []User{
		{"Ada", "Lovelace", true, []string{"dev", "ops"}, map[string]int{"logins": 3}},
		{"Alan", "Turing", false, nil, map[string]int{}},
	}
	if err := t.Execute(os.Stdout, users); err != nil {
		panic(err)
	}
	p := &users[0]
	t2 := template.Must(template.New("p").Parse("{{.First}} has {{len .Roles}} roles; {{printf \"%v\" .Roles}}\n"))
	t2.Execute(os.Stdout, p)
}
