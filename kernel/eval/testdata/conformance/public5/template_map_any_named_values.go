package main

import (
	"fmt"
	"os"
	"text/template"
)

type C struct {
	A string
	N int
}

type Page struct {
	Items []C
}

func main() {
	t := template.Must(template.New("x").Parse("{{range .Items}}[{{.A}} {{.N}}]{{end}}\n"))
	err := t.Execute(os.Stdout, map[string]any{"Items": []C{{"a", 1}, {"b", 2}}})
	fmt.Println(err)
	err = t.Execute(os.Stdout, Page{[]C{{"c", 3}}})
	fmt.Println(err)
	err = t.Execute(os.Stdout, map[string][]C{"Items": {{"d", 4}}})
	fmt.Println(err)
	data := map[string]any{}
	data["Items"] = []C{{"e", 5}}
	err = t.Execute(os.Stdout, data)
	fmt.Println(err)
	t2 := template.Must(template.New("y").Parse("{{.X.A}} {{len .L}}\n"))
	fmt.Println(t2.Execute(os.Stdout, map[string]any{"X": C{"f", 6}, "L": []int{1}}))
}
