package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Greeter struct {
	Name string `json:"name" db:"n"`
	Age  int    `json:"age,omitempty"`
	tags []string
}

func (g Greeter) Hello(to string) string { return "hello " + to + " from " + g.Name }
func (g Greeter) Upper() string          { return strings.ToUpper(g.Name) }
func (g *Greeter) Rename(n string)       { g.Name = n }

type Shouter interface{ Upper() string }

func main() {
	g := Greeter{Name: "ann", Age: 3}
	t := reflect.TypeOf(g)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.NumMethod(), reflect.PointerTo(t).NumMethod())
	for i := range t.NumMethod() {
		m := t.Method(i)
		fmt.Println(m.Name, m.Type)
	}
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.IsExported())
	}
	v := reflect.ValueOf(g)
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("bob")})
	fmt.Println(out[0].String())
	pv := reflect.ValueOf(&g)
	pv.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("cy")})
	fmt.Println(g.Name)
	pv.Elem().FieldByName("Age").SetInt(40)
	fmt.Println(g.Age, pv.Elem().FieldByName("tags").CanSet())
	stT := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(t.Implements(stT), reflect.TypeOf(3).Implements(stT))
	var sh Shouter = g
	fmt.Println(sh.Upper())
	var names []string
	for i := range pv.Type().NumMethod() {
		names = append(names, pv.Type().Method(i).Name)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(reflect.DeepEqual(g, Greeter{Name: "cy", Age: 40}))
	fn := reflect.ValueOf(strings.Repeat)
	fmt.Println(fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(2)})[0])
	mk := reflect.MakeFunc(reflect.TypeOf(func(int) int { return 0 }), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(args[0].Int() * 2))}
	})
	double := mk.Interface().(func(int) int)
	fmt.Println(double(21))
}
