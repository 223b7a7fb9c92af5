// Results of notebook funcs given straight to compiled code as an any
// (reflect.TypeOf(newThing()), a sync.Map, errors.New-style builders):
// they are values of their named types, as variables are.
package main

import (
	"fmt"
	"reflect"
	"sync"
)

type Point struct{ X, Y int }

type Path []Point

type Celsius float64

type Config struct {
	Name  string
	Paths []Path
}

func NewPoint(x, y int) Point        { return Point{x, y} }
func NewConfig(n string) *Config     { return &Config{Name: n} }
func Temp() Celsius                  { return 21.5 }
func Route(ps ...Point) Path         { return Path(ps) }
func Pair() (Point, *Config)         { return Point{1, 1}, nil }
func (c *Config) Add(p Path) *Config { c.Paths = append(c.Paths, p); return c }

func main() {
	fmt.Println(reflect.TypeOf(NewPoint(1, 2)), reflect.TypeOf(NewConfig("a")), reflect.TypeOf(Temp()), reflect.TypeOf(Route()))
	fmt.Println(reflect.TypeOf(NewConfig("b").Add(Route(NewPoint(3, 4)))).Elem().Field(1).Type)
	fmt.Println(reflect.ValueOf(NewPoint(5, 6)).Field(1).Int(), reflect.ValueOf(NewConfig("c")).Elem().Field(0))
	var m sync.Map
	m.Store("p", NewPoint(7, 8))
	m.Store("c", NewConfig("d"))
	m.Store("t", Temp())
	p, _ := m.Load("p")
	c, _ := m.Load("c")
	t, _ := m.Load("t")
	fmt.Println(p.(Point).X, c.(*Config).Name, t.(Celsius)+1)
	fmt.Printf("%T %T %T\n", p, c, t)
	_, isFloat := t.(float64)
	fmt.Println(isFloat, reflect.DeepEqual(NewPoint(1, 2), Point{1, 2}), reflect.DeepEqual(Route(NewPoint(1, 2)), Path{{1, 2}}))
}
