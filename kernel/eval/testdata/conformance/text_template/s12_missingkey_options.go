package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Settings map[string]any

type Profile struct {
	Name     string
	Settings Settings
	Friends  []*Profile
}

func (p *Profile) Initials() string {
	var sb strings.Builder
	for _, w := range strings.Fields(p.Name) {
		sb.WriteByte(w[0])
	}
	return sb.String()
}

const src = `{{.Name}} ({{.Initials}}) theme={{.Settings.theme}} lang={{.Settings.lang}}
{{range $i, $f := .Friends}}{{if $i}}, {{end}}{{$f.Initials}}{{else}}no friends{{end}}
`

func main() {
	p := &Profile{"Ada Lovelace", Settings{"theme": "dark"}, []*Profile{{Name: "Charles Babbage"}, {Name: "Mary Somerville"}}}
	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		t := template.Must(template.New(opt).Option(opt).Parse(src))
		err := t.Execute(os.Stdout, p)
		fmt.Println("--", opt, err)
	}
	t := template.Must(template.New("m").Option("missingkey=error").Parse(`{{.a.b}}`))
	err := t.Execute(os.Stdout, map[string]map[string]int{"a": {}})
	var ee template.ExecError
	fmt.Println(err, errors.As(err, &ee), ee.Name)
	_, err = template.New("bad").Parse("{{.Name")
	fmt.Println(err)
	_, err = template.New("bad2").Parse("{{nofunc .}}")
	fmt.Println(err)
	t2 := template.Must(template.New("e").Parse("{{index . 5}}"))
	fmt.Println(t2.Execute(os.Stdout, []int{1}))
}
