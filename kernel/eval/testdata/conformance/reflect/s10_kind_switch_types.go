package main

import (
	"fmt"
	"reflect"
)

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Interface:
		return fmt.Sprintf("interface %s with %d methods", t.Name(), t.NumMethod())
	case reflect.Ptr:
		return "pointer to " + describe(t.Elem())
	case reflect.Struct:
		return fmt.Sprintf("struct %s with %d fields", t.Name(), t.NumField())
	}
	return t.Kind().String()
}

func main() {
	fmt.Println(describe(reflect.TypeOf((*Animal)(nil))))
	fmt.Println(describe(reflect.TypeOf(Dog{})))
	fmt.Println(describe(reflect.TypeOf(&Dog{})))
	fmt.Println(describe(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
	fmt.Println(describe(reflect.TypeFor[Animal]()))
}
