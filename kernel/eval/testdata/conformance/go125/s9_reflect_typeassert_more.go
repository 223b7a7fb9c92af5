package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

type celsius float64

func main() {
	v := reflect.ValueOf(42)
	n, ok := reflect.TypeAssert[int](v)
	fmt.Println(n, ok)
	s, ok := reflect.TypeAssert[string](v)
	fmt.Printf("%q %v\n", s, ok)
	r := reflect.ValueOf(strings.NewReader("abc"))
	rd, ok := reflect.TypeAssert[io.Reader](r)
	b, _ := io.ReadAll(rd)
	fmt.Println(string(b), ok)
	c, ok := reflect.TypeAssert[celsius](reflect.ValueOf(celsius(21.5)))
	fmt.Println(c, ok)
}
