package main

import (
	"fmt"
	"reflect"
)

type sealed interface {
	Value() int
	isSealed()
}

type A struct{}

func (A) Value() int { return 1 }
func (A) isSealed()  {}

type B struct{}

func (B) Value() int { return 2 }

func main() {
	t := reflect.TypeOf((*sealed)(nil)).Elem()
	fmt.Println(t.Name(), t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(m.Name, m.PkgPath, m.Type, m.IsExported())
	}
	fmt.Println(reflect.TypeOf(A{}).Implements(t), reflect.TypeOf(B{}).Implements(t))
}
