package main

import (
	"os"
	"text/template"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) Greeting(prefix string) string { return prefix + " " + p.Name }

func main() {
	ch := make(chan Person, 3)
	ch <- Person{"Ann", 30}
	ch <- Person{"Bob", 25}
	close(ch)
	t := template.Must(template.New("x").Parse("{{range .}}{{.Name}}({{.Age}}) {{.Greeting \"hi\"}}\n{{end}}"))
	if err := t.Execute(os.Stdout, ch); err != nil {
		panic(err)
	}
	t2 := template.Must(template.New("y").Parse("{{range $i, $e := .}}{{$i}}={{$e}} {{end}}\n"))
	t2.Execute(os.Stdout, map[string]int{"b": 2, "a": 1})
	t3 := template.Must(template.New("z").Parse("{{range 3}}{{.}} {{end}}\n"))
	t3.Execute(os.Stdout, nil)
	seq := func(yield func(int) bool) {
		for i := 10; i < 13; i++ {
			if !yield(i) {
				return
			}
		}
	}
	t4 := template.Must(template.New("w").Parse("{{range .}}[{{.}}]{{end}}\n"))
	if err := t4.Execute(os.Stdout, seq); err != nil {
		panic(err)
	}
}
