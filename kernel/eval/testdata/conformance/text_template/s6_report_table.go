package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"text/template"
)

type Row struct {
	Name  string
	Score float64
	Pass  bool
}

func main() {
	rows := []Row{{"ann", 91.5, true}, {"bob", 48, false}, {"cy", 75.25, true}}
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	t := template.Must(template.New("t").Funcs(template.FuncMap{"pct": func(f float64) string { return fmt.Sprintf("%.1f%%", f) }}).Parse(
		"NAME\tSCORE\tRESULT\n{{range .}}{{.Name}}\t{{pct .Score}}\t{{if .Pass}}pass{{else}}FAIL{{end}}\n{{end}}"))
	if err := t.Execute(tw, rows); err != nil {
		fmt.Println(err)
	}
	tw.Flush()
	m := map[string][]int{"b": {2, 3}, "a": {1}}
	template.Must(template.New("m").Parse("{{range $k, $v := .}}{{$k}}:{{range $v}} {{.}}{{end}};{{end}}\n")).Execute(os.Stdout, m)
	var sb strings.Builder
	err := template.Must(template.New("e").Parse("{{index . 5}}")).Execute(&sb, []int{1})
	fmt.Println(err)
	err = template.Must(template.New("c").Parse("{{call .F 3}}\n")).Execute(os.Stdout, map[string]any{"F": func(n int) int { return n * n }})
	fmt.Println(err)
	template.Must(template.New("cmp").Parse("{{lt 1 2}} {{le 2 2}} {{ne \"a\" \"b\"}} {{eq .X 3}} {{and 1 0}} {{or 0 \"\" 5}} {{not true}}\n")).Execute(os.Stdout, map[string]int{"X": 3})
}
