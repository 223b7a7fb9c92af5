package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type User struct {
	Login   string
	HTMLURL string
}

type Issue struct {
	Number    int
	HTMLURL   string
	Title     string
	State     string
	User      *User
	CreatedAt time.Time
	Body      string
	Labels    []string
}

type IssuesSearchResult struct {
	TotalCount int
	Items      []*Issue
}

const templ = `{{.TotalCount}} issues:
{{range .Items}}----------------------------------------
Number: {{.Number}}
User:   {{.User.Login}}
Title:  {{.Title | printf "%.30s"}}
Age:    {{.CreatedAt | daysAgo}} days
{{if .Labels}}Labels: {{join .Labels ", "}}
{{else}}No labels
{{end}}{{end}}`

var now = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

func daysAgo(t time.Time) int { return int(now.Sub(t).Hours() / 24) }

func main() {
	report := template.Must(template.New("issuelist").
		Funcs(template.FuncMap{"daysAgo": daysAgo, "join": strings.Join}).
		Parse(templ))
	result := IssuesSearchResult{
		TotalCount: 2,
		Items: []*Issue{
			{Number: 5680, Title: "json: decoder can't handle big numbers in the mantissa", User: &User{Login: "alice"}, CreatedAt: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Labels: []string{"bug", "json"}},
			{Number: 4237, Title: "encoding/json: allow override type marshaling", User: &User{Login: "bob"}, CreatedAt: time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)},
		},
	}
	if err := report.Execute(os.Stdout, result); err != nil {
		panic(err)
	}
	t2 := template.Must(template.New("x").Parse(`{{define "row"}}<{{.}}>{{end}}{{range $i, $v := .}}{{if $i}}, {{end}}{{template "row" $v}}{{end}}
`))
	t2.Execute(os.Stdout, []string{"a", "b", "c"})
	err := template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, result)
	fmt.Println(strings.SplitN(err.Error(), ":", 2)[0])
}
