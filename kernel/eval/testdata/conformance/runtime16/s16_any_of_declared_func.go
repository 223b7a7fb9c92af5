package main

import (
	"fmt"
	"reflect"
	"sort"
)

// A declared function converted to any (any(f), interface{}(f)) is the
// function, as when it is assigned to an any: it can be asserted back,
// called, printed with %T and looked at by reflect.

func double(n int) int { return 2 * n }

func less(a, b string) bool { return a < b }

func main() {
	handlers := map[string]any{"double": any(double), "less": interface{}(less)}
	keys := make([]string, 0, len(handlers))
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h := handlers[k]
		fmt.Printf("%s: %T %v\n", k, h, reflect.TypeOf(h).NumIn())
		switch f := h.(type) {
		case func(int) int:
			fmt.Println("  ", f(21))
		case func(a, b string) bool:
			fmt.Println("  ", f("a", "b"))
		}
	}
	fmt.Println(any(double) != nil, reflect.ValueOf(any(double)).Call([]reflect.Value{reflect.ValueOf(4)})[0])
}
