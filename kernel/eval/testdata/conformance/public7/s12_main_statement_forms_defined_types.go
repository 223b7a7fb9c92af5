package main

// In split mode each of these statements of main is a top-level statement
// of a cell, whose variables the notebook keeps: conversions to defined
// types (func, slice, map, chan), comma-ok forms, method values and
// expressions, generic calls.

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Celsius float64
type Op func(a, b int) int
type Names []string
type Lookup map[string]int
type Ch chan int
type Point struct{ X, Y int }
type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int          { return r.W * r.H }
func (o Op) Apply(a, b int) int   { return o(a, b) }
func (n Names) Joined() string    { return strings.Join(n, "+") }
func (l Lookup) Get(k string) int { return l[k] }
func (c Celsius) F() float64      { return float64(c)*9/5 + 32 }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func pair() (int, error)          { return 7, nil }
func mk() *Point                  { return &Point{1, 1} }
func idf[T any](v T) T            { return v }

func main() {
	temp := Celsius(100)
	add := Op(func(a, b int) int { return a + b })
	names := Names(strings.Fields("a b c"))
	lk := Lookup(map[string]int{"x": 1})
	ch := Ch(make(chan int, 1))
	ch <- 5
	v := <-ch
	fmt.Println(temp.F(), add.Apply(2, 3), names.Joined(), lk.Get("x"), v)
	n, err := pair()
	q, ok := lk["y"]
	num, perr := strconv.Atoi("12x")
	var ne *strconv.NumError
	isNum := errors.As(perr, &ne)
	fmt.Println(n, err, q, ok, num, isNum)
	var s Shape = Rect{2, 3}
	r := s.(Rect)
	rr, isRect := s.(interface{ Area() int })
	area := s.Area
	fmt.Println(r.W, rr.Area(), isRect, area())
	p := *mk()
	pp := &Point{2, 3}
	sum := p.Add(*pp).Add(Point{10, 10})
	addP := p.Add
	fmt.Println(p, sum, addP(Point{5, 5}))
	sq := func(x int) int { return x * x }(9)
	anon := struct {
		A int
		B string
	}{1, "b"}
	first := []string{"z", "y"}[0]
	tail := "hello"[1:]
	ptr := &anon.A
	*ptr = 42
	fmt.Println(sq, anon, first, tail)
	x, y := 1, 2
	x, y = y, x
	gen := idf[string]("generic")
	inferred := idf(3.5)
	fmt.Println(x, y, gen, inferred)
	sorted := sort.StringSlice{"b", "a"}
	sorted.Sort()
	cnt := len(sorted) + cap(make([]int, 0, 5))
	conv := []byte("bytes")
	back := string(conv[1:3])
	fl := float64(cnt) / 3
	u8 := uint8(cnt * 100)
	fmt.Println(sorted, cnt, back, fl, u8)
	fn := strings.ToUpper
	res := fn("up")
	method := (*strings.Builder).WriteString
	var sb strings.Builder
	method(&sb, "mexpr")
	fmt.Println(res, sb.String())
	m := map[Point]Names{{1, 2}: {"q"}}
	got := m[Point{1, 2}].Joined()
	fmt.Println(got, len(m))
}
