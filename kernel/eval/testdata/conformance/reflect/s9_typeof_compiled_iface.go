package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Pair struct{ A, B int }

func (p Pair) String() string { return fmt.Sprint(p.A, "-", p.B) }

type Counter struct{ n int }

func (c *Counter) String() string { c.n++; return fmt.Sprint("count", c.n) }

type rd struct{ s *strings.Reader }

func (r *rd) Read(p []byte) (int, error) { return r.s.Read(p) }

func main() {
	vals := []fmt.Stringer{Celsius(21.5), Pair{1, 2}, &Counter{}}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind(), t.NumMethod(), reflect.ValueOf(v).Kind())
		m := reflect.ValueOf(v).MethodByName("String")
		fmt.Println(m.IsValid(), m.Call(nil)[0])
	}
	var c fmt.Stringer = Celsius(3)
	fmt.Println(reflect.ValueOf(c).Float(), reflect.TypeOf(c).Name(), reflect.TypeOf(c).PkgPath())
	var p fmt.Stringer = Pair{4, 5}
	pv := reflect.ValueOf(p)
	fmt.Println(pv.NumField(), pv.Field(0).Int(), pv.Type().Field(1).Name)
	var r io.Reader = &rd{strings.NewReader("hi")}
	fmt.Println(reflect.TypeOf(r), reflect.TypeOf(r).Elem().Kind())
	st := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(c).Implements(st), reflect.TypeOf(r).Implements(st))
	fmt.Printf("%T %v %T %v\n", c, c, p, p)
}
