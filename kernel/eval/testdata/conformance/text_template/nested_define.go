package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

func main() {
	const master = `Names:{{block "list" .}}{{"\n"}}{{range .}}{{println "-" .}}{{end}}{{end}}`
	const overlay = `{{define "list"}} {{join . ", "}}{{end}} `
	funcs := template.FuncMap{"join": strings.Join}
	guardians := []string{"Gamora", "Groot", "Nebula", "Rocket", "Star-Lord"}
	masterTmpl, err := template.New("master").Funcs(funcs).Parse(master)
	if err != nil {
		fmt.Println(err)
		return
	}
	overlayTmpl, err := template.Must(masterTmpl.Clone()).Parse(overlay)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := masterTmpl.Execute(os.Stdout, guardians); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	if err := overlayTmpl.Execute(os.Stdout, guardians); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	root := template.Must(template.New("root").Parse(`{{define "item"}}<{{.}}>{{end}}{{define "items"}}{{range .}}{{template "item" .}}{{end}}{{end}}[{{template "items" .}}]`))
	root.Execute(os.Stdout, []int{1, 2, 3})
	fmt.Println()
	root.ExecuteTemplate(os.Stdout, "item", "solo")
	fmt.Println()
	fmt.Println(root.Lookup("items") != nil, root.Lookup("nope") == nil, root.Name())
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	err = template.Must(template.New("e").Option("missingkey=error").Parse("{{.k}}")).Execute(os.Stdout, map[string]int{})
	fmt.Println()
	fmt.Println(err)
	err = template.Must(template.New("f").Parse("{{.Nope}}")).Execute(os.Stdout, struct{ A int }{1})
	fmt.Println(err)
}
