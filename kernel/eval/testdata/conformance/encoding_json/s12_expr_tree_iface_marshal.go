package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Node interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}

func (n Num) Eval(map[string]float64) float64   { return float64(n) }
func (n Num) String() string                    { return fmt.Sprint(float64(n)) }
func (v Var) Eval(e map[string]float64) float64 { return e[string(v)] }
func (v Var) String() string                    { return string(v) }
func (b *Bin) Eval(e map[string]float64) float64 {
	l, r := b.L.Eval(e), b.R.Eval(e)
	switch b.Op {
	case '+':
		return l + r
	case '*':
		return l * r
	}
	return l - r
}
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (b *Bin) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"op": string(b.Op), "l": b.L, "r": b.R})
}

func vars(n Node, out map[string]bool) {
	switch x := n.(type) {
	case Var:
		out[string(x)] = true
	case *Bin:
		vars(x.L, out)
		vars(x.R, out)
	}
}

func main() {
	e := &Bin{'+', Num(2), &Bin{'*', Var("x"), &Bin{'-', Var("y"), Num(1)}}}
	env := map[string]float64{"x": 3, "y": 5}
	fmt.Println(e, "=", e.Eval(env))
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	vs := map[string]bool{}
	vars(e, vs)
	keys := make([]string, 0)
	for k := range vs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	t := template.Must(template.New("").Funcs(template.FuncMap{"eval": func(n Node) float64 { return n.Eval(env) }}).Parse("{{range .}}{{.}} -> {{eval .}}\n{{end}}"))
	t.Execute(os.Stdout, []Node{e, Num(7), Var("y")})
	fmt.Println(strings.Count(e.String(), "("))
	fmt.Printf("%v %s %T\n", []Node{Num(1), Var("z")}, e.L, e.R)
}
