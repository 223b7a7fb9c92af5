package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Config struct {
	Name    *string        `json:"name,omitempty"`
	Retries *int           `json:"retries,omitempty"`
	Timeout *time.Duration `json:"timeout,omitempty"`
	Ratio   *float64       `json:"ratio,omitempty"`
}

func years(born int) int { return 2024 - born }

func main() {
	p := new(5)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)
	s := new("hello")
	f := new(2.5)
	b := new(true)
	fmt.Printf("%T %T %T %v %v %v\n", s, f, b, *s, *f, *b)
	a := new(years(1990))
	fmt.Println(*a)
	c := Config{Name: new("svc"), Retries: new(3), Timeout: new(2 * time.Second)}
	out, _ := json.Marshal(c)
	fmt.Println(string(out))
	x := 10
	q := new(x * 2)
	x = 0
	fmt.Println(*q, x)
	type pt struct{ X, Y int }
	pp := new(pt{1, 2})
	pp.X = 9
	fmt.Println(*pp)
	sl := new([]int{1, 2})
	*sl = append(*sl, 3)
	fmt.Println(*sl, len(*sl))
	i8 := new(int8(-3))
	u := new(uint(7))
	fmt.Printf("%T %v %T %v\n", i8, *i8, u, *u)
	r := new('x')
	fmt.Printf("%T %v\n", r, *r)
	z := new(int)
	fmt.Println(*z)
}
