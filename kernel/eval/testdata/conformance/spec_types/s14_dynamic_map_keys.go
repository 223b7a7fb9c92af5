package main

import "fmt"

type MyInt int
type Str string

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[MyInt(1)] = "MyInt"
	m[uint8(1)] = "uint8"
	m["s"] = "string"
	m[Str("s")] = "Str"
	m[[2]int{1, 2}] = "array"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[MyInt(1)], m[uint8(1)], m["s"], m[Str("s")], m[[2]int{1, 2}], m[struct{ A int }{1}])
	var a, b any = 1, MyInt(1)
	fmt.Println(a == b, a == any(1), b == any(MyInt(1)))
}
