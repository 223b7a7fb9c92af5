package main

// Funcs whose signatures name types of the program, held by anys (a
// []any of handlers, a field of type any, a sync.Map): %T, a type switch,
// assertions back, reflect.Type keys and reflect.Value.Call see the
// program's types, as a plugin registry or an event bus does.

import (
	"fmt"
	"reflect"
	"sort"
	"sync"
)

type Event struct{ Name string }

type Level int

type Plugin struct {
	Name string
	Run  any
}

func describe(fn any) string {
	switch f := fn.(type) {
	case func(Event) string:
		return "event handler: " + f(Event{"probe"})
	case func(Level) Level:
		return fmt.Sprint("level mapper: ", f(2))
	case func(int) int:
		return fmt.Sprint("int mapper: ", f(2))
	default:
		return fmt.Sprintf("other %T", fn)
	}
}

func greet(e Event) string { return "hi " + e.Name }

func main() {
	var fns []any
	fns = append(fns, func(e Event) string { return "got " + e.Name })
	fns = append(fns, greet)
	fns = append(fns, func(l Level) Level { return l * 10 })
	fns = append(fns, func(n int) int { return n + 1 })
	fns = append(fns, func(e *Event) {})
	for _, fn := range fns {
		fmt.Printf("%T | %s\n", fn, describe(fn))
	}

	h, ok := fns[0].(func(Event) string)
	fmt.Println(ok, h(Event{"direct"}))
	_, ok = fns[0].(func(struct{ Name string }) string)
	fmt.Println(ok)

	byType := map[reflect.Type]any{}
	for _, fn := range fns {
		byType[reflect.TypeOf(fn).In(0)] = fn
	}
	for _, ev := range []any{Event{"ann"}, Level(4), 5, &Event{"p"}} {
		fn := byType[reflect.TypeOf(ev)]
		out := reflect.ValueOf(fn).Call([]reflect.Value{reflect.ValueOf(ev)})
		if len(out) == 1 {
			fmt.Printf("%v: %v (%T)\n", reflect.TypeOf(ev), out[0].Interface(), out[0].Interface())
		} else {
			fmt.Printf("%v: done\n", reflect.TypeOf(ev))
		}
	}

	var m sync.Map
	m.Store("greet", func(e Event) string { return "stored " + e.Name })
	v, _ := m.Load("greet")
	fmt.Println(v.(func(Event) string)(Event{"bob"}))

	plugins := map[string]Plugin{
		"a": {"a", func(e Event) string { return "A:" + e.Name }},
		"b": {"b", func(l Level) Level { return -l }},
	}
	var names []string
	for k, p := range plugins {
		names = append(names, fmt.Sprintf("%s=%v", k, reflect.TypeOf(p.Run)))
	}
	sort.Strings(names)
	fmt.Println(names)

	back := reflect.ValueOf(fns[2]).Interface()
	if f, ok := back.(func(Level) Level); ok {
		fmt.Println("back", f(7))
	}
	var nilFn func(Event) string
	var boxed any = nilFn
	fmt.Println(boxed == nil, reflect.ValueOf(boxed).IsNil(), reflect.TypeOf(boxed))
}
