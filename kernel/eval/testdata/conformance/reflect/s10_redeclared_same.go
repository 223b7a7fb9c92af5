package main

import (
	"fmt"
	"reflect"
)

type Runner interface{ Run() }

type Job struct{}

func (Job) Run() {}

var registry = map[reflect.Type][]string{}

func register(iface reflect.Type, name string) {
	registry[iface] = append(registry[iface], name)
}

func main() {
	register(reflect.TypeFor[Runner](), "a")
	register(reflect.TypeOf((*Runner)(nil)).Elem(), "b")
	register(reflect.TypeFor[fmt.Stringer](), "c")
	fmt.Println(len(registry), registry[reflect.TypeFor[Runner]()])
	for t, names := range registry {
		if t.Kind() == reflect.Interface && reflect.TypeOf(Job{}).Implements(t) {
			fmt.Println(t, names)
		}
	}
}
