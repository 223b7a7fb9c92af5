package main

import "fmt"

type Celsius float64
type Key struct{ A string }

func main() {
	m := map[any]string{}
	var k any = Celsius(1)
	m[k] = "celsius"
	m[1.0] = "float"
	m[Key{"a"}] = "key"
	var kk any = Key{"a"}
	fmt.Println(len(m), m[kk], m[Celsius(1)], m[1.0])
	delete(m, kk)
	_, ok := m[Key{"a"}]
	fmt.Println(len(m), ok)
}
