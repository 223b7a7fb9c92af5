package main

import (
	"encoding/json"
	"fmt"
)

type Person struct {
	Name string `json:"name"`
	Age  *int   `json:"age,omitempty"`
}

func years() int { return 30 }

func main() {
	p := Person{Name: "ann", Age: new(years())}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	q := Person{Name: "bob"}
	b, _ = json.Marshal(q)
	fmt.Println(string(b))
	f := new(1.5)
	s := new([]int{1, 2})
	fmt.Println(*f, *s, *new(true))
}
