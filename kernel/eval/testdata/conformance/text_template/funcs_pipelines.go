package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

func main() {
	funcMap := template.FuncMap{
		"title": strings.Title,
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"join":  strings.Join,
	}
	const templateText = `Input: {{printf "%q" .Word}}
Output 0: {{title .Word}}
Output 1: {{title .Word | printf "%q"}}
Output 2: {{printf "%q" .Word | title}}
Sum: {{add .N 10}}
Joined: {{join .List ", " | upper}}
Len: {{len .List}} Index: {{index .List 1}} Slice: {{slice .List 1}}
Cmp: {{if and (gt .N 1) (lt .N 10)}}between{{else}}outside{{end}} {{eq .Word "the go programming language"}} {{ne 1 2}} {{not false}} {{or "" "fallback"}}
Html: {{html "<b>"}} JS: {{js "it's"}} URL: {{urlquery "a b&c"}}
Print: {{print 1 2 "x" 3}} {{println "ln"}}`
	tmpl, err := template.New("titleTest").Funcs(funcMap).Parse(templateText)
	if err != nil {
		fmt.Println("parsing:", err)
		return
	}
	data := map[string]any{"Word": "the go programming language", "N": 5, "List": []string{"a", "b", "c"}}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("execution:", err)
	}
}
