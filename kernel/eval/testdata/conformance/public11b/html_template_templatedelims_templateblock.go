package main

import (
	"html/template"
	"log"
	"os"
	"strings"
)

func main() {
	// ExampleTemplate_Delims
	{
		const text = "<<.Greeting>> {{.Name}}"

		data := struct {
			Greeting string
			Name     string
		}{
			Greeting: "Hello",
			Name:     "Joe",
		}

		t := template.Must(template.New("tpl").Delims("<<", ">>").Parse(text))

		err := t.Execute(os.Stdout, data)
		if err != nil {
			log.Fatal(err)
		}

	}

	// ExampleTemplate_block
	{
		const (
			master  = `Names:{{block "list" .}}{{"\n"}}{{range .}}{{println "-" .}}{{end}}{{end}}`
			overlay = `{{define "list"}} {{join . ", "}}{{end}} `
		)
		var (
			funcs     = template.FuncMap{"join": strings.Join}
			guardians = []string{"Gamora", "Groot", "Nebula", "Rocket", "Star-Lord"}
		)
		masterTmpl, err := template.New("master").Funcs(funcs).Parse(master)
		if err != nil {
			log.Fatal(err)
		}
		overlayTmpl, err := template.Must(masterTmpl.Clone()).Parse(overlay)
		if err != nil {
			log.Fatal(err)
		}
		if err := masterTmpl.Execute(os.Stdout, guardians); err != nil {
			log.Fatal(err)
		}
		if err := overlayTmpl.Execute(os.Stdout, guardians); err != nil {
			log.Fatal(err)
		}
	}
}
