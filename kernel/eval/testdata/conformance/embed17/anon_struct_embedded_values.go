// Anonymous struct types embedding compiled types with methods: values,
// assignment between identical types, comparison, map keys.
package main

import (
	"fmt"
	"reflect"
	"time"
)

func main() {
	type pair = struct {
		time.Time
		N int
	}
	a := pair{Time: time.Unix(0, 0).UTC(), N: 1}
	b := struct {
		time.Time
		N int
	}{Time: time.Unix(0, 0).UTC(), N: 1}
	fmt.Println(a == b, reflect.TypeOf(a) == reflect.TypeOf(b))
	m := map[pair]string{a: "x"}
	fmt.Println(m[b], len(m))
	fmt.Printf("%T\n", a)
	fmt.Println(a.Unix(), b.N)
	var x any = a
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
}
