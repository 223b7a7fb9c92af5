package main

import (
	"fmt"
	"os"
	"text/template"
)

type Step interface{ Do() string }

type Say string

func (s Say) Do() string { return string(s) }

type Runner struct {
	Steps []Step
	Done  int
}

func (r *Runner) Next() string {
	if r.Done >= len(r.Steps) {
		return "end"
	}
	s := r.Steps[r.Done]
	r.Done++
	return s.Do()
}

func main() {
	r := &Runner{Steps: []Step{Say("a"), Say("b")}}
	t := template.Must(template.New("t").Parse("{{.Next}} {{.Next}} {{.Next}} {{.Done}}\n"))
	fmt.Println(t.Execute(os.Stdout, r))
	fmt.Println(r.Done, r.Next())
}
