package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Name    *string `json:"name,omitempty"`
	Retries *int    `json:"retries,omitempty"`
	Debug   *bool   `json:"debug,omitempty"`
}

func double(x int) int { return x * 2 }

func main() {
	c := Config{Name: new("svc"), Retries: new(double(3)), Debug: new(false)}
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	p := new(1.5)
	fmt.Printf("%T %v\n", p, *p)
	q := new([]int{1, 2})
	*q = append(*q, 3)
	fmt.Println(*q)
	type pt struct{ X, Y int }
	pp := new(pt{1, 2})
	pp.X = 10
	fmt.Println(*pp)
	r := new(int64(7))
	fmt.Printf("%T %d\n", r, *r)
}
