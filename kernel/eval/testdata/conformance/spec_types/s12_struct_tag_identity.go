package main

// Struct tags are part of a struct type's identity ("Two struct types are
// identical if they have the same sequence of fields, and if corresponding
// fields have the same names, and identical types, and identical tags"),
// but a conversion between struct types ignores them.

import (
	"encoding/json"
	"fmt"
)

type Box[T any] struct{ v T }

type plain struct{ Name string }

type tagged struct {
	Name string `json:"name"`
}

func main() {
	m := map[any]int{}
	m[Box[struct{ N int }]{}]++
	m[Box[struct {
		N int `json:"n"`
	}]{}]++
	m[Box[struct{ N int }]{}]++
	fmt.Println("instances:", len(m))

	var a any = struct {
		N int `json:"n"`
	}{1}
	_, same := a.(struct{ N int })
	_, sameTag := a.(struct {
		N int `json:"n"`
	})
	fmt.Println("assert without tag:", same, "with tag:", sameTag)
	fmt.Printf("%T\n", a)

	t := tagged(plain{"x"})
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	p := plain(t)
	b, err = json.Marshal(p)
	fmt.Println(string(b), err)

	u := struct {
		Name string `json:"n"`
	}(t)
	b, _ = json.Marshal(u)
	fmt.Println(string(b), u == struct {
		Name string `json:"n"`
	}{"x"})
}
