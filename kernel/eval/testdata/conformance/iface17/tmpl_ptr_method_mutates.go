package main

import (
	"fmt"
	"os"
	"text/template"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Box struct {
	Items []Shape
	Best  Shape
	N     int
}

func (b *Box) Bump() int { b.N++; return b.N }
func (b Box) Total() float64 {
	t := 0.0
	for _, s := range b.Items {
		t += s.Area()
	}
	return t
}
func (b Box) Join(sep string, xs ...int) string { return fmt.Sprint(sep, xs, len(b.Items)) }

func main() {
	b := &Box{Items: []Shape{Sq{1}, Sq{2}}, Best: Sq{3}}
	t := template.Must(template.New("x").Parse("{{.Bump}} {{.Bump}} {{.N}} {{.Total}} {{.Best.Area}} {{.Join \"-\" 1 2}} {{printf \"%T\" .}}\n"))
	fmt.Println(t.Execute(os.Stdout, b))
	fmt.Println(b.N)
	fmt.Println(t.Execute(os.Stdout, *b))
	fmt.Println(b.N)
}
