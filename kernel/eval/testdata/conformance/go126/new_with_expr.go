package main

import (
	"fmt"
	"time"
)

type Options struct {
	Retries *int
	Timeout *time.Duration
	Name    *string
}

func main() {
	o := Options{Retries: new(3), Timeout: new(2 * time.Second), Name: new("svc")}
	fmt.Println(*o.Retries, *o.Timeout, *o.Name)
	x := 10
	p := new(x * 2)
	x = 0
	fmt.Println(*p, x)
	ptrs := []*int{new(1), new(2)}
	fmt.Println(*ptrs[0] + *ptrs[1])
}
