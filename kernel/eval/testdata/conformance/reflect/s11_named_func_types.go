// Defined func types of the notebook seen by reflect, fmt and type
// assertions: a middleware chain, a registry of handlers in a sync.Map,
// an any holding a func of a defined type.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
)

type HandlerFunc func(w *strings.Builder, name string)

func (h HandlerFunc) Serve(w *strings.Builder, name string) { h(w, name) }

type Handler interface {
	Serve(w *strings.Builder, name string)
}

type Middleware func(HandlerFunc) HandlerFunc

type Validator func(string) bool

type Thunk func() int

func (t Thunk) Error() string { return fmt.Sprint("thunk ", t()) }

func chain(h HandlerFunc, ms ...Middleware) HandlerFunc {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func describe(x any) string {
	switch f := x.(type) {
	case Validator:
		return fmt.Sprint("validator ", f("abc"))
	case func(string) bool:
		return fmt.Sprint("plain func ", f("abc"))
	case Thunk:
		return fmt.Sprint("thunk ", f())
	}
	return "other " + reflect.TypeOf(x).String()
}

func main() {
	logging := Middleware(func(next HandlerFunc) HandlerFunc {
		return func(w *strings.Builder, name string) {
			w.WriteString("[log]")
			next(w, name)
		}
	})
	hello := HandlerFunc(func(w *strings.Builder, name string) { w.WriteString("hello " + name) })
	h := chain(hello, logging)
	var b strings.Builder
	var srv Handler = h
	srv.Serve(&b, "ann")
	fmt.Println(b.String())

	t := reflect.TypeOf(h)
	fmt.Println(t, t.Name(), t.Kind(), t.NumIn(), t.In(0), t.NumMethod())
	if t.NumMethod() > 0 {
		fmt.Println(t.Method(0).Name, t.Method(0).Type)
	}
	fmt.Println(reflect.TypeOf(logging), reflect.TypeOf(logging).Out(0), reflect.TypeOf(logging).In(0).NumMethod())
	fmt.Printf("%T %T\n", h, logging)

	var notEmpty Validator = func(s string) bool { return s != "" }
	long := func(s string) bool { return len(s) > 5 }
	fmt.Println(describe(notEmpty), "|", describe(long), "|", describe(Thunk(func() int { return 4 })), "|", describe(hello))
	var x any = notEmpty
	_, plain := x.(func(string) bool)
	v, named := x.(Validator)
	fmt.Println(plain, named, v("z"), reflect.TypeOf(x))

	var registry sync.Map
	registry.Store("nonempty", notEmpty)
	registry.Store("long", Validator(long))
	var names []string
	registry.Range(func(k, v any) bool {
		names = append(names, fmt.Sprintf("%v:%v", k, reflect.TypeOf(v)))
		return true
	})
	sort.Strings(names)
	fmt.Println(names)
	got, _ := registry.Load("long")
	fmt.Println(got.(Validator)("abcdefg"), reflect.ValueOf(got).Call([]reflect.Value{reflect.ValueOf("ab")})[0])

	th := Thunk(func() int { return 9 })
	var err error = th
	fmt.Println(err, reflect.TypeOf(th).NumMethod(), reflect.ValueOf(th).MethodByName("Error").Call(nil)[0])
	var zero Validator
	fmt.Println(reflect.ValueOf(zero).IsNil(), reflect.TypeOf(zero), reflect.TypeOf([]Validator{}), reflect.TypeOf(map[string]Thunk{}))
}
