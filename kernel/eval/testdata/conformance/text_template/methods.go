package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Status int

func (s Status) String() string { return [...]string{"todo", "done"}[s] }

type Task struct {
	Title  string
	Status Status
	Tags   []string
}

func (t Task) Upper() string          { return strings.ToUpper(t.Title) }
func (t Task) HasTag(tag string) bool { return strings.Contains(strings.Join(t.Tags, ","), tag) }
func (t *Task) Ptr() string           { return "ptr:" + t.Title }
func (t Task) Pair() (string, error)  { return t.Title + "!", nil }

type List struct {
	Owner string
	Tasks []Task
}

func (l List) Count() int { return len(l.Tasks) }

func main() {
	tpl := template.Must(template.New("l").Parse(`{{.Owner}} has {{.Count}} tasks
{{range .Tasks}}- {{.Upper}} [{{.Status}}]{{if .HasTag "x"}} (x){{end}} {{.Pair}}
{{end}}`))
	l := List{"ann", []Task{{"write", 0, []string{"x"}}, {"read", 1, nil}}}
	if err := tpl.Execute(os.Stdout, l); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("p").Parse("{{.Ptr}} {{.Status}}\n"))
	t2.Execute(os.Stdout, &l.Tasks[0])
	err := t2.Execute(os.Stdout, l.Tasks[1])
	fmt.Println(err != nil)
}
