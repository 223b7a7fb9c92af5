package main

// Func fields of variadic types (a logger field func(string, ...any),
// an option table) called with more arguments than parameters.

import "fmt"

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type S struct {
	logf func(string, ...any)
	g    func(...int) int
	h    func(int, ...Shape) float64
	k    func(...fmt.Stringer) string
}
type name string

func (n name) String() string { return "N:" + string(n) }
func main() {
	var logs []string
	v := S{
		logf: func(f string, a ...any) { logs = append(logs, fmt.Sprintf(f, a...)) },
		g:    func(xs ...int) int { return len(xs) },
		h: func(n int, ss ...Shape) float64 {
			t := float64(n)
			for _, s := range ss {
				t += s.Area()
			}
			return t
		},
		k: func(ss ...fmt.Stringer) string { return fmt.Sprint(ss) },
	}
	v.logf("x")
	v.logf("%d %s %v %v", 1, "two", Sq(3), []int{4})
	v.logf("%v %v", nil, name("n"))
	fmt.Println(logs)
	fmt.Println(v.g(), v.g(1), v.g(1, 2, 3), v.g([]int{4, 5}...))
	fmt.Println(v.h(1), v.h(1, Sq(2)), v.h(0, Sq(1), Sq(2), Sq(3)))
	fmt.Println(v.k(name("a"), name("b"), name("c")))
	p := &v
	p.logf("%d-%d-%d", 7, 8, 9)
	fmt.Println(logs[len(logs)-1])
	m := map[string]func(...any) string{"j": func(a ...any) string { return fmt.Sprint(len(a), a) }}
	fmt.Println(m["j"](1, 2, 3))
	fs := []func(string, ...any) string{fmt.Sprintf}
	fmt.Println(fs[0]("%d|%d|%d", 1, 2, 3))
}
