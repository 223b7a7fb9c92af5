package main

import (
	"os"
	"text/template"
)

func main() {
	countTo := func(n int) func(func(int) bool) {
		return func(yield func(int) bool) {
			for i := 1; i <= n; i++ {
				if !yield(i) {
					return
				}
			}
		}
	}
	t := template.Must(template.New("t").Parse("{{range .Seq}}[{{.}}]{{end}} {{range $i := 3}}<{{$i}}>{{end}}\n"))
	if err := t.Execute(os.Stdout, map[string]any{"Seq": countTo(4)}); err != nil {
		panic(err)
	}
}
