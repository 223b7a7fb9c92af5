package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Path []Point

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = func(p, q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	distFromP := p.Add
	fmt.Println(distFromP(q))
	scale := (&p).Scale
	scale(2)
	fmt.Println(p)
	scaleExpr := (*Point).Scale
	scaleExpr(&q, 0.5)
	fmt.Println(q)
	path := Path{{1, 1}, {2, 2}}
	path.TranslateBy(Point{10, 10}, true)
	fmt.Println(path)
	path.TranslateBy(Point{1, 1}, false)
	fmt.Println(path)
	fs := []func(string) string{strings.ToUpper, strings.TrimSpace, strings.Title}
	for _, f := range fs[:2] {
		fmt.Printf("%q\n", f("  hi  "))
	}
	var sb strings.Builder
	w := sb.WriteString
	w("a")
	w("b")
	fmt.Println(sb.String())
	people := []string{"bo", "al", "cy"}
	less := func(i, j int) bool { return people[i] < people[j] }
	sort.Slice(people, less)
	fmt.Println(people)
	str := Point.String
	fmt.Println(str(Point{3, 4}))
}
