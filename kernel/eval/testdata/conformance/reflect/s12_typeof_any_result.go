package main

// reflect.TypeOf of a call that returns an any names the dynamic type of
// the value, a defined type of the program (main.Order), as it does for a
// variable holding the same value.

import (
	"fmt"
	"reflect"
)

type Order struct {
	ID    int
	Items []string
}

type Celsius float64

type Handler func(string) error

func build(kind string) any {
	switch kind {
	case "order":
		return Order{1, []string{"a"}}
	case "temp":
		return Celsius(21.5)
	case "handler":
		return Handler(func(string) error { return nil })
	case "local":
		type event struct{ name string }
		return event{"start"}
	}
	return kind
}

func main() {
	registry := map[reflect.Type]string{}
	for _, k := range []string{"order", "temp", "handler", "local", "plain"} {
		t := reflect.TypeOf(build(k))
		registry[t] = k
		v := build(k)
		fmt.Println(t, t.Name(), t.Kind(), t == reflect.TypeOf(v), reflect.ValueOf(build(k)).Type().Name())
	}
	fmt.Println(registry[reflect.TypeOf(Order{})], registry[reflect.TypeOf(Celsius(0))], len(registry))
}
