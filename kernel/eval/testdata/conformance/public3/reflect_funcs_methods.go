package main

import (
	"fmt"
	"reflect"
)

type Calc struct{ base int }

func (c Calc) Add(n int) int            { return c.base + n }
func (c Calc) Mul(a, b int) int         { return c.base * a * b }
func (c *Calc) Set(n int)               { c.base = n }
func (c Calc) Hello(name string) string { return "hi " + name }

func main() {
	c := Calc{10}
	t := reflect.TypeOf(c)
	fmt.Println("value methods:", t.NumMethod())
	for i := range t.NumMethod() {
		m := t.Method(i)
		fmt.Println(m.Name, m.Type.NumIn(), m.Type.NumOut())
	}
	pt := reflect.TypeOf(&c)
	fmt.Println("pointer methods:", pt.NumMethod())
	v := reflect.ValueOf(c)
	out := v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(out[0].Int())
	out = v.MethodByName("Mul").Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Interface())
	reflect.ValueOf(&c).MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(100)})
	fmt.Println(c.base)
	fmt.Println(reflect.ValueOf(c).MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("bob")})[0])

	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	fmt.Println(intSwap(0, 1))

	f := reflect.ValueOf(fmt.Sprintf)
	res := f.Call([]reflect.Value{reflect.ValueOf("%d-%s"), reflect.ValueOf(7), reflect.ValueOf("x")})
	fmt.Println(res[0])
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft, ft.IsVariadic())
}
