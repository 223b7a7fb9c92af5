package main

import (
	"os"
	"text/template"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

func (s Status) String() string { return [...]string{"todo", "doing", "done"}[s] }
func (s Status) IsDone() bool   { return s == Done }

type Task struct {
	Title    string
	Status   Status
	Priority int
	Subtasks []Task
}

const board = `{{define "task"}}{{if .Status.IsDone}}[x]{{else if eq .Status 1}}[~]{{else}}[ ]{{end}} {{.Title}}{{if gt .Priority 2}} (!){{end}}{{if .Subtasks}} {{len .Subtasks}} sub:{{range .Subtasks}}
    {{template "task" .}}{{end}}{{end}}{{end -}}
{{range $name, $tasks := .}}{{$name}}:
{{range $tasks}}  {{template "task" .}}
{{end}}{{end}}{{$s := index . "home"}}{{(index $s 0).Status}} {{and 1 0 2}} {{or 0 "" "x"}} {{not true}} {{le 2 3}} {{ne "a" "b"}}
{{slice "abcdef" 1 3}} {{html "<a&b>"}} {{js "it's"}} {{urlquery "a b&c"}} {{print 1 2 "x" "y" 3}} {{println "end"}}`

func main() {
	data := map[string][]Task{
		"work": {{"report", Doing, 3, nil}, {"email", Done, 1, nil}},
		"home": {{"garden", Todo, 2, []Task{{"seeds", Done, 1, nil}, {"water", Todo, 5, nil}}}},
	}
	t := template.Must(template.New("b").Parse(board))
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
