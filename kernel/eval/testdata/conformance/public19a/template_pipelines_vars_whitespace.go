package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	Name   string
	Admin  bool
	Emails []string
	Prefs  map[string]string
	Age    int
}

func (u User) Initials() string {
	var b strings.Builder
	for _, p := range strings.Fields(u.Name) {
		b.WriteByte(p[0])
	}
	return b.String()
}

func (u User) HasEmail(domain string) bool {
	for _, e := range u.Emails {
		if strings.HasSuffix(e, "@"+domain) {
			return true
		}
	}
	return false
}

const src = `{{- range $i, $u := . -}}
{{ $i }}: {{ $u.Name | printf "%-12s" }} [{{ $u.Initials }}]
{{- if $u.Admin }} (admin){{ end }}
{{- with $u.Emails }} emails={{ join . "," }}{{ else }} no-emails{{ end }}
{{- if $u.HasEmail "example.com" }} +example{{ end }}
{{- range $k, $v := $u.Prefs }} {{ $k }}={{ $v }}{{ end }}
{{- if and (ge $u.Age 18) (lt $u.Age 65) }} working-age{{ else if ge $u.Age 65 }} senior{{ else }} minor{{ end }}
{{ end -}}
total: {{ len . }}
{{ $first := index . 0 }}first: {{ $first.Name }} {{ $first.Age | add 1 }}
{{ block "footer" . }}default footer {{ len . }}{{ end }}
`

func main() {
	funcs := template.FuncMap{"join": strings.Join, "add": func(a, b int) int { return a + b }}
	t := template.Must(template.New("users").Funcs(funcs).Parse(src))
	users := []User{
		{"Ann Lee", true, []string{"ann@example.com"}, map[string]string{"theme": "dark", "lang": "en"}, 34},
		{"Bob", false, nil, nil, 70},
		{"Cy Dee Eff", false, []string{"cy@x.org", "c@y.org"}, map[string]string{}, 12},
	}
	if err := t.Execute(os.Stdout, users); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.Must(t.Clone()).Parse(`{{ define "footer" }}custom footer{{ end }}`))
	var sb strings.Builder
	t2.Execute(&sb, users[:1])
	lines := strings.Split(strings.TrimSpace(sb.String()), "\n")
	fmt.Println(lines[len(lines)-1])
	err := template.Must(template.New("e").Parse("{{ index . 5 }}")).Execute(&sb, []int{1})
	fmt.Println(err)
	err = template.Must(template.New("e2").Parse("{{ .Nope }}")).Execute(&sb, users[0])
	fmt.Println(err)
}
