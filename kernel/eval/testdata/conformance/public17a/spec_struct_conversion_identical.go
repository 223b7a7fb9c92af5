package main

import (
	"encoding/json"
	"fmt"
)

type A struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type B struct {
	Name string `json:"full_name"`
	Age  int    `json:"years"`
}

type C A

func (c C) String() string { return fmt.Sprintf("C<%s,%d>", c.Name, c.Age) }

func main() {
	a := A{"ann", 30}
	b := B(a)
	c := C(a)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	fmt.Println(string(ja), string(jb))
	fmt.Println(a, b, c)
	fmt.Printf("%v %+v %T\n", c, A(c), c)
	pa := &a
	pb := (*B)(pa)
	pb.Age++
	fmt.Println(a.Age)
	anon := struct {
		Name string `json:"name"`
		Age  int    `json:"age"`
	}(a)
	fmt.Printf("%T\n", anon)
	as := []A{a}
	for _, x := range as {
		fmt.Println(C(x))
	}
}
