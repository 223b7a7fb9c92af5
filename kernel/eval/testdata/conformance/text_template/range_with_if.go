package main

import (
	"os"
	"text/template"
)

type Recipient struct {
	Name, Gift string
	Attended   bool
}

type Inventory struct {
	Material string
	Count    uint
	Items    []string
	Prices   map[string]float64
}

func main() {
	const letter = `
Dear {{.Name}},
{{if .Attended}}
It was a pleasure to see you at the wedding.
{{- else}}
It is a shame you couldn't make it to the wedding.
{{- end}}
{{with .Gift -}}
Thank you for the lovely {{.}}.
{{end}}
Best wishes,
Josie
`
	t := template.Must(template.New("letter").Parse(letter))
	for _, r := range []Recipient{{"Aunt Mildred", "bone china tea set", true}, {"Uncle John", "moleskin pants", false}, {"Cousin Rodney", "", false}} {
		if err := t.Execute(os.Stdout, r); err != nil {
			panic(err)
		}
	}
	inv := Inventory{"wool", 17, []string{"hat", "scarf"}, map[string]float64{"hat": 9.5, "scarf": 12}}
	t2 := template.Must(template.New("inv").Parse(`{{.Count}} items are made of {{.Material}}
{{range $i, $e := .Items}}{{$i}}={{$e}} {{end}}
{{range $k, $v := .Prices}}{{$k}}:{{printf "%.2f" $v}};{{end}}
{{range .Missing}}x{{else}}none{{end}}
{{range 3}}{{.}}{{end}}
{{with $x := .Material}}{{$x}}!{{end}} {{$.Count}}
{{range $i, $e := .Items}}{{if eq $i 1}}{{break}}{{end}}{{$e}}{{end}}
`))
	data := map[string]any{"Count": inv.Count, "Material": inv.Material, "Items": inv.Items, "Prices": inv.Prices, "Missing": []int{}}
	if err := t2.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
