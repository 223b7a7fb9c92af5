package main

import (
	"fmt"
	"strings"
)

// Go-syntax dumps (%#v) of a pipeline configuration, as test failure
// messages and debug logs print it: stages are held in fields, slices,
// arrays and maps of an interface type declared in the program, some nil.

type Stage interface {
	Apply(s string) string
}

type Upper struct{}
type Prefix struct{ P string }
type Replace struct {
	Old, New string
	Count    int
}

func (Upper) Apply(s string) string    { return strings.ToUpper(s) }
func (p Prefix) Apply(s string) string { return p.P + s }
func (r Replace) Apply(s string) string {
	return strings.Replace(s, r.Old, r.New, r.Count)
}

type Step struct {
	Name  string
	Stage Stage
}

type Pipeline struct {
	Name     string
	First    Stage
	Last     Stage
	Stages   []Stage
	Pair     [2]Stage
	ByName   map[string]Stage
	Steps    []Step
	Disabled []Stage
}

func (p Pipeline) Run(s string) string {
	for _, st := range append([]Stage{p.First}, p.Stages...) {
		if st != nil {
			s = st.Apply(s)
		}
	}
	return s
}

func main() {
	p := Pipeline{
		Name:   "clean",
		First:  Replace{"-", " ", -1},
		Stages: []Stage{Upper{}, nil, Prefix{"> "}},
		Pair:   [2]Stage{Upper{}},
		ByName: map[string]Stage{"up": Upper{}},
		Steps:  []Step{{"a", Prefix{"a:"}}, {"b", nil}},
	}
	fmt.Println(p.Run("hello-go-world"))
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", p.Stages)
	fmt.Printf("%#v\n", p.Steps)
	fmt.Printf("%#v\n", p.ByName)
	fmt.Printf("%#v %#v\n", p.Last, p.Pair)
	fmt.Printf("%v\n%+v\n", p, p)

	var empty Pipeline
	fmt.Printf("%#v\n", empty)
	s := fmt.Sprintf("%#v", Step{"x", Replace{"a", "b", 1}})
	fmt.Println(s, len(s))
}
