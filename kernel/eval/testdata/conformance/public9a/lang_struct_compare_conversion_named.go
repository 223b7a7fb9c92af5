package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Vec Point
type Named struct {
	P    Point
	Tags [2]string
	Any  any
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (v Vec) Len2() int           { return v.X*v.X + v.Y*v.Y }

type Celsius float64
type Temps []Celsius

func (t Temps) Len() int           { return len(t) }
func (t Temps) Less(i, j int) bool { return t[i] < t[j] }
func (t Temps) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

func main() {
	p := Point{3, 4}
	v := Vec(p)
	fmt.Println(v.Len2(), Point(v).Add(Point{1, 1}), p == Point(v))
	a := Named{Point{1, 2}, [2]string{"x", "y"}, 5}
	b := a
	fmt.Println(a == b)
	b.Any = 5.0
	fmt.Println(a == b)
	b.Any = 5
	b.Tags[1] = "z"
	fmt.Println(a == b, a.Tags, b.Tags)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := Named{Any: []int{1}}
		d := Named{Any: []int{1}}
		fmt.Println(c == d)
	}()
	anon := struct{ X, Y int }{3, 4}
	fmt.Println(Point(anon) == p, anon == struct{ X, Y int }(p))
	fs := []float64{3.5, -1, 2}
	ts := Temps{}
	for _, f := range fs {
		ts = append(ts, Celsius(f))
	}
	sort.Sort(ts)
	fmt.Println(ts, sort.IsSorted(ts), []float64{float64(ts[0])})
	var h Handler = HandlerFunc(func(s string) string { return s + s })
	fmt.Println(h.Handle("ab"))
	hf := HandlerFunc(func(s string) string { return "<" + s + ">" })
	chain := []Handler{hf, HandlerFunc(hf.Handle), HandlerFunc(h.Handle)}
	for _, c := range chain {
		fmt.Print(c.Handle("k"), " ")
	}
	fmt.Println()
	type pair [2]any
	m := map[pair]bool{{1, "a"}: true}
	fmt.Println(m[pair{1, "a"}], m[pair{"a", 1}])
	var ip1, ip2 any = &p, &p
	var iv1, iv2 any = p, Point{3, 4}
	fmt.Println(ip1 == ip2, iv1 == iv2, iv1 == any(v))
	type Inner struct{ N int }
	type Outer struct {
		Inner
		S []int
	}
	o1 := Outer{Inner{1}, []int{1}}
	o2 := o1
	o2.N = 2
	o2.S[0] = 9
	fmt.Println(o1, o2)
}
