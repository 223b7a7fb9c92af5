// reflect's Implements, Method and MethodByName with notebook types named
// in method signatures: the type itself, another type, a pointer to one,
// two types whose methods name each other, as a plugin registry checks
// its candidates.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point    { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Move(d Point) *Point { p.X += d.X; p.Y += d.Y; return p }

type Version string

func (v Version) Next() Version { return v + "+1" }

type Converter interface{ ToF() Fahrenheit }
type Back interface{ ToC() Celsius }
type Adder interface{ Add(Point) Point }
type Mover interface{ Move(Point) *Point }
type Nexter interface{ Next() Version }

type Grid struct{ Cells []Point }

func (g Grid) At(i int) Point { return g.Cells[i] }

type Indexed interface{ At(int) Point }

func main() {
	ifaces := map[string]reflect.Type{
		"Converter": reflect.TypeFor[Converter](),
		"Back":      reflect.TypeFor[Back](),
		"Adder":     reflect.TypeFor[Adder](),
		"Mover":     reflect.TypeFor[Mover](),
		"Nexter":    reflect.TypeFor[Nexter](),
		"Indexed":   reflect.TypeFor[Indexed](),
	}
	var names []string
	for n := range ifaces {
		names = append(names, n)
	}
	sort.Strings(names)
	candidates := []any{Celsius(100), Fahrenheit(212), Point{1, 2}, &Point{3, 4}, Version("v1"), Grid{[]Point{{5, 6}}}}
	for _, c := range candidates {
		t := reflect.TypeOf(c)
		var impl []string
		for _, n := range names {
			if t.Implements(ifaces[n]) {
				impl = append(impl, n)
			}
		}
		fmt.Println(t, impl)
	}
	for _, c := range candidates[:5] {
		t := reflect.TypeOf(c)
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Println(" ", t, m.Name, m.Type)
		}
	}
	m, _ := reflect.TypeOf(Celsius(0)).MethodByName("ToF")
	fmt.Println(m.Type.Out(0), m.Type.Out(0).Name())
	out := reflect.ValueOf(Celsius(100)).MethodByName("ToF").Call(nil)[0]
	fmt.Println(out.Type(), out.Interface(), out.Interface().(Fahrenheit).ToC())
	sum := reflect.ValueOf(Point{1, 1}).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(Point{2, 3})})[0]
	fmt.Println(sum.Type(), sum.Interface().(Point))
	p := &Point{}
	moved := reflect.ValueOf(p).MethodByName("Move").Call([]reflect.Value{reflect.ValueOf(Point{7, 8})})[0]
	fmt.Println(moved.Type(), *p, moved.Interface().(*Point) == p)
	var n Nexter = Version("v2")
	fmt.Println(n.Next(), reflect.ValueOf(n).Method(0).Call(nil)[0].Interface().(Version).Next())
	if a, ok := any(Point{1, 0}).(Adder); ok {
		fmt.Println(a.Add(Point{0, 1}))
	}
}
