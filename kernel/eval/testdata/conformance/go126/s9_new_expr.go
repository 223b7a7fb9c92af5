package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type config struct {
	Name    *string        `json:"name,omitempty"`
	Retries *int           `json:"retries,omitempty"`
	Timeout *time.Duration `json:"timeout,omitempty"`
}

func label(n int) string { return fmt.Sprint("n", n) }

func main() {
	c := config{
		Name:    new("server"),
		Retries: new(3),
		Timeout: new(5 * time.Second),
	}
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	p := new(label(7))
	q := new(len("four"))
	fmt.Println(*p, *q)
	r := new([]int{1, 2, 3})
	*r = append(*r, 4)
	fmt.Println(*r)
	x := 10
	px := new(x * 2)
	x = 0
	fmt.Println(*px, x)
}
