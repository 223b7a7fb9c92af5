package main

import (
	"fmt"
	"strings"
)

type IntList struct {
	Value int
	Tail  *IntList
}

func (list *IntList) Sum() int {
	if list == nil {
		return 0
	}
	return list.Value + list.Tail.Sum()
}

func (list *IntList) String() string {
	if list == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %s", list.Value, list.Tail.String())
}

func FromSlice(xs ...int) *IntList {
	var l *IntList
	for i := len(xs) - 1; i >= 0; i-- {
		l = &IntList{xs[i], l}
	}
	return l
}

type Values map[string][]string

func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

type Path []string

func (p *Path) Push(s string) { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	s := old[len(old)-1]
	*p = old[:len(old)-1]
	return s
}
func (p Path) String() string { return "/" + strings.Join(p, "/") }

func main() {
	var empty *IntList
	fmt.Println(empty.Sum(), empty)
	l := FromSlice(1, 2, 3, 4)
	fmt.Println(l.Sum(), l)
	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("lang"), m.Get("q"), m.Get("item"), m["item"])
	m = nil
	fmt.Println(m.Get("item"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Add("item", "3")
	}()
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, p.Pop(), p)
	pp := &p
	pp.Push("go")
	fmt.Println(*pp, len(p))
}
