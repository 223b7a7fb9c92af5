package main

import (
	"fmt"
	"os"
	"text/template"
)

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (s Square) Name() string  { return "square" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func main() {
	funcs := template.FuncMap{
		"describe": func(s Shape) string { return fmt.Sprintf("%s of area %.1f", s.Name(), s.Area()) },
		"biggest": func(ss []Shape) Shape {
			var best Shape
			for _, s := range ss {
				if best == nil || s.Area() > best.Area() {
					best = s
				}
			}
			return best
		},
		"isNil": func(s Shape) bool { return s == nil },
		"total": func(ss []Shape) float64 {
			t := 0.0
			for _, s := range ss {
				t += s.Area()
			}
			return t
		},
	}
	t := template.Must(template.New("s").Funcs(funcs).Parse(`{{range .}}{{describe .}}
{{end}}total {{total .}} biggest {{(biggest .).Name}} {{with biggest .}}{{describe .}}{{end}}
{{isNil nil}} {{isNil (index . 0)}}
`))
	err := t.Execute(os.Stdout, []Shape{Square{2}, &Circle{1}})
	fmt.Println(err)
	t2 := template.Must(template.New("e").Funcs(funcs).Parse("{{total .}} {{len .}}|{{range .}}x{{else}}empty{{end}}\n"))
	fmt.Println(t2.Execute(os.Stdout, []Shape{}))
	var none []Shape
	fmt.Println(t2.Execute(os.Stdout, none))
}
