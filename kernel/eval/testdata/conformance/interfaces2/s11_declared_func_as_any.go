// A declared func given for a parameter of type any of a notebook func:
// a registry of callbacks keyed by their reflect types, a describer.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

func greet(name string) string { return "hello " + name }

func add(a, b int) int { return a + b }

func shout() { fmt.Println("HEY") }

func describe(f any) string {
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func {
		return fmt.Sprintf("not a func: %T", f)
	}
	t := v.Type()
	var in []string
	for i := 0; i < t.NumIn(); i++ {
		in = append(in, t.In(i).String())
	}
	return fmt.Sprintf("%d in (%s), %d out, %T", t.NumIn(), strings.Join(in, ", "), t.NumOut(), f)
}

type registry map[string]any

func (r registry) register(name string, f any) { r[name] = f }

func (r registry) call(name string, args ...any) []any {
	fv := reflect.ValueOf(r[name])
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	var out []any
	for _, o := range fv.Call(in) {
		out = append(out, o.Interface())
	}
	return out
}

func main() {
	fmt.Println(describe(greet))
	fmt.Println(describe(add))
	fmt.Println(describe(shout))
	fmt.Println(describe(42))
	r := registry{}
	r.register("greet", greet)
	r.register("add", add)
	r.register("shout", shout)
	var names []string
	for n := range r {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(r.call("greet", "go"), r.call("add", 2, 3), len(r.call("shout")))
	if f, ok := r["add"].(func(int, int) int); ok {
		fmt.Println(f(10, 20))
	}
}
