package main

import (
	"fmt"
	"io"
	"reflect"
	"time"
)

type celsius float64

type pair struct {
	A int
	B string
}

func main() {
	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[[]string](), reflect.TypeFor[map[string]time.Duration]())
	fmt.Println(reflect.TypeFor[io.Reader]().Kind(), reflect.TypeFor[error]().NumMethod())
	fmt.Println(reflect.TypeFor[*time.Time]().Elem().Name())
	fmt.Println(reflect.TypeFor[celsius]().Kind(), reflect.TypeFor[pair]().NumField(), reflect.TypeFor[pair]().Field(1).Name)
	fmt.Println(reflect.TypeFor[func(int) string]().NumIn())
}
