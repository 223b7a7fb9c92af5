package main

import (
	"fmt"
	"reflect"
)

// A struct literal's element for a blank field (_) is evaluated but not
// stored: the field stays zero, as reflect shows.

type rec struct {
	a, _, c int
	_       string
	name    string
}

func val(x int) int { fmt.Println("evaluated", x); return x }

func main() {
	r := rec{1, val(2), 3, "pad", "n"}
	v := reflect.ValueOf(r)
	fmt.Println(v.Field(1).Int(), v.Field(3).String() == "", r.a, r.c, r.name)
	x := struct{ a, _, c int }{1, 2, 3}
	fmt.Println(reflect.ValueOf(x).Field(1).Int(), x.a, x.c)
	fmt.Printf("%v %+v\n", r, x)
}
