package main

import (
	"fmt"
	"sort"
	"strings"
)

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}

type Env map[string]string

func (e Env) Get(k, def string) string {
	if v, ok := e[k]; ok {
		return v
	}
	return def
}
func (e Env) Keys() []string {
	ks := make([]string, 0, len(e))
	for k := range e {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Handler func(string) string

func (h Handler) Serve(req string) string { return "[" + h(req) + "]" }

type Server interface{ Serve(string) string }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }
func (b *Bits) Set(f Bits)     { *b |= f }
func (b *Bits) Clear(f Bits)   { *b &^= f }

const (
	Read Bits = 1 << iota
	Write
	Exec
)

func main() {
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	fmt.Println(p.Pop(), p)
	env := Env{"HOME": "/root", "SHELL": "sh"}
	fmt.Println(env.Get("HOME", "?"), env.Get("X", "def"), env.Keys())
	var s Server = Handler(strings.ToUpper)
	fmt.Println(s.Serve("ping"))
	servers := map[string]Server{"echo": Handler(func(s string) string { return s })}
	fmt.Println(servers["echo"].Serve("x"))
	fmt.Printf("%.1f %.1f\n", Celsius(100).ToF(), Fahrenheit(212).ToC())
	fmt.Printf("%T %v\n", Celsius(0).ToF(), Celsius(-40).ToF() == -40)
	var b Bits
	b.Set(Read | Exec)
	fmt.Println(b.Has(Read), b.Has(Write), b)
	b.Clear(Read)
	fmt.Printf("%03b %v\n", b, b.Has(Exec))
}
