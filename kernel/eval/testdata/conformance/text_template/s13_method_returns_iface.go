package main

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
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

// Labeled embeds fmt.Stringer: the template prints it with its String.
type Labeled interface {
	fmt.Stringer
	Weight() int
}

type Box struct{ Kg int }

func (b Box) String() string { return fmt.Sprintf("box of %d kg", b.Kg) }
func (b Box) Weight() int    { return b.Kg }

// Problem embeds error.
type Problem interface {
	error
	Code() int
}

type NotFound struct{ What string }

func (n NotFound) Error() string { return n.What + " not found" }
func (n NotFound) Code() int     { return 404 }

type Owner struct{ Name string }

type Shop struct {
	shapes []Shape
	owner  Owner
}

func (s Shop) First() Shape   { return s.shapes[0] }
func (s Shop) At(i int) Shape { return s.shapes[i] }
func (s Shop) None() Shape    { return nil }
func (s *Shop) Biggest() Shape {
	var best Shape
	for _, x := range s.shapes {
		if best == nil || x.Area() > best.Area() {
			best = x
		}
	}
	return best
}
func (s Shop) Crate() Labeled { return Box{12} }
func (s Shop) Lookup(k string) Problem {
	if k == "" {
		return nil
	}
	return NotFound{k}
}
func (s Shop) Owner() Owner { return s.owner }
func (s Shop) Find(name string) (Shape, error) {
	for _, x := range s.shapes {
		if x.Name() == name {
			return x, nil
		}
	}
	return nil, errors.New("no " + name)
}

func run(name, text string, data any) {
	t := template.Must(template.New(name).Parse(text))
	var b strings.Builder
	err := t.Execute(&b, data)
	fmt.Printf("%s: %q %v\n", name, b.String(), err)
}

func main() {
	shop := &Shop{shapes: []Shape{Square{2}, &Circle{3}}, owner: Owner{"Ann"}}
	run("first", "{{.First.Name}} {{.First.Area}} {{.First.Side}}", shop)
	run("at", "{{(.At 1).Name}} {{(.At 1).Area}} {{(.At 1).R}}", shop)
	run("none", "{{with .None}}{{.Name}}{{else}}none{{end}} {{if .None}}yes{{else}}no{{end}}", shop)
	run("biggest", "{{.Biggest.Name}}", shop)
	run("value", "{{.First.Name}}", *shop)
	run("stringer", "{{.Crate}} {{.Crate.Weight}} {{printf \"%v|%s\" .Crate .Crate}}", shop)
	run("error", "{{.Lookup \"cat\"}} {{(.Lookup \"cat\").Code}} {{with .Lookup \"\"}}bad{{else}}ok{{end}}", shop)
	run("struct", "{{.Owner.Name}}", shop)
	run("pair", "{{(.Find \"circle\").Area}}", shop)
	run("pairerr", "{{(.Find \"cone\").Area}}", shop)
	run("range", "{{range $i, $s := .Shapes}}{{$i}}={{$s.Name}} {{end}}", map[string]any{"Shapes": []Shape{shop.First(), shop.At(1)}})
	t := template.Must(template.New("direct").Parse("{{.First.Name}}\n"))
	if err := t.Execute(os.Stdout, shop); err != nil {
		fmt.Println(err)
	}

	// What reflect says of such a method.
	m, _ := reflect.TypeOf(shop).MethodByName("First")
	fmt.Println(m.Type, m.Type.Out(0).Kind())
	out := reflect.ValueOf(shop).MethodByName("At").Call([]reflect.Value{reflect.ValueOf(1)})
	s := out[0].Interface().(Shape)
	fmt.Println(s.Name(), s.Area(), out[0].Kind(), out[0].Elem().Type())
	none := reflect.ValueOf(shop).MethodByName("None").Call(nil)[0]
	fmt.Println(none.IsNil(), none.Type())
	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Square{}).Implements(shapeT), reflect.TypeOf(Box{}).Implements(shapeT))
}
