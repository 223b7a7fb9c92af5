package main

import (
	"fmt"
	"reflect"
)

type Tag struct {
	Ns, Name string
}

func main() {
	// A map[any]T filled through reflect.
	rm := map[any]int{}
	reflect.ValueOf(rm).SetMapIndex(reflect.ValueOf(Tag{"r", "s"}), reflect.ValueOf(9))
	fmt.Println(rm[Tag{"r", "s"}], len(rm))
	rm[Tag{"r", "s"}]++
	fmt.Println(rm[Tag{"r", "s"}], len(rm))
	for k, v := range rm {
		fmt.Printf("%T %v %d\n", k, k, v)
	}
}
