package main

import (
	"fmt"
	"reflect"
)

type A struct {
	N int `json:"n"`
}

type B struct {
	N int `json:"m"`
}

type C struct {
	N int
}

func main() {
	a := A{1}
	// Conversion ignores tags; assignment does not.
	b := B(a)
	c := C(a)
	fmt.Println(b, c)
	x := struct {
		N int `json:"n"`
	}{2}
	a = x // identical underlying type with the same tag
	fmt.Println(a)
	var ia any = x
	_, ok := ia.(struct {
		N int `json:"n"`
	})
	fmt.Println("same tag:", ok)
	_, ok = ia.(struct {
		N int `json:"other"`
	})
	fmt.Println("other tag:", ok)
	_, ok = ia.(struct{ N int })
	fmt.Println("no tag:", ok)
	fmt.Println(reflect.TypeOf(a).Field(0).Tag.Get("json"), reflect.TypeOf(b).Field(0).Tag.Get("json"))
	fmt.Println(reflect.TypeOf(x) == reflect.TypeOf(struct {
		N int `json:"n"`
	}{}))
	fmt.Println(reflect.TypeOf(x) == reflect.TypeOf(struct{ N int }{}))
	switch ia.(type) {
	case struct{ N int }:
		fmt.Println("untagged")
	case struct {
		N int `json:"n"`
	}:
		fmt.Println("tagged")
	}
}
