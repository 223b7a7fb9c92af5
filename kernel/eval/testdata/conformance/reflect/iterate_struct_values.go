package main

import (
	"fmt"
	"reflect"
)

type Book struct {
	Title  string
	Pages  int
	Rating float64
	Tags   []string
}

func main() {
	b := Book{"Go", 300, 4.5, []string{"prog"}}
	v := reflect.ValueOf(b)
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		fmt.Printf("%s (%s) = %v\n", t.Field(i).Name, t.Field(i).Type.Kind(), v.Field(i).Interface())
	}
	fmt.Println(t)
}
