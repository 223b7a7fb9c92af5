package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	v := reflect.ValueOf(m)
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, v.MapIndex(k))
	}
	v.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	fmt.Println(len(m), m["d"])
	s := reflect.ValueOf([]string{"x", "y"})
	for i := 0; i < s.Len(); i++ {
		fmt.Println(i, s.Index(i))
	}
	ns := reflect.Append(s, reflect.ValueOf("z"))
	fmt.Println(ns.Len(), ns.Interface())
	mk := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	fmt.Println(mk.Len(), mk.Cap(), mk.Interface())
}
