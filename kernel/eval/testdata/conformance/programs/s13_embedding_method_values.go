package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct {
	base
	breed string
}

func (Dog) Sound() string { return "woof" }

type Cat struct{ *base }

func (c Cat) Sound() string { return "meow" }

type Loud struct{ Animal }

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	name string
}

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Visitor func(depth int, n *Node) bool

type Node struct {
	Val      string
	Children []*Node
}

func (n *Node) Visit(depth int, v Visitor) {
	if !v(depth, n) {
		return
	}
	for _, c := range n.Children {
		c.Visit(depth+1, v)
	}
}

func main() {
	animals := []Animal{Dog{base{"rex"}, "lab"}, Cat{&base{"tom"}}, Loud{Dog{base{"max"}, "pug"}}}
	for _, a := range animals {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	d := animals[0].(Dog)
	d.name = "changed"
	fmt.Println(d.Name(), animals[0].Name())
	c := animals[1].(Cat)
	c.name = "shared"
	fmt.Println(animals[1].Name())

	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("start %s", svc.name)
	svc.Log("%d items", 3)
	fmt.Println(svc.lines, len(svc.Logger.lines))
	logf := svc.Log
	logf("via method value %v", true)
	fmt.Println(len(svc.lines))

	states := []State{Idle, Running, Stopped, 7}
	fmt.Println(states)
	fmt.Printf("%v %d %s %q\n", Running, Running, Stopped, Idle)
	var st fmt.Stringer = Running
	fmt.Println(st)

	m := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(m)
	}
	fmt.Println(r, r[0][1])

	tree := &Node{"root", []*Node{{"a", []*Node{{"a1", nil}, {"a2", nil}}}, {"b", nil}}}
	var out []string
	tree.Visit(0, func(depth int, n *Node) bool {
		out = append(out, strings.Repeat("-", depth)+n.Val)
		return n.Val != "a"
	})
	fmt.Println(strings.Join(out, " "))
	mul := Matrix.Mul
	fmt.Println(mul(m, m))
	visit := (*Node).Visit
	cnt := 0
	visit(tree, 0, func(int, *Node) bool { cnt++; return true })
	fmt.Println(cnt)
}
