package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	u := map[string]string{"x": "HELLO"}
	l := map[string]string{"x": "hello"}
	fmt.Println(maps.EqualFunc(u, l, func(a, b string) bool { return strings.EqualFold(a, b) }))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
	clear(m)
	fmt.Println(len(m))
}
