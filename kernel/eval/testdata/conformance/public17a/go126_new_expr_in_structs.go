package main

import (
	"fmt"
	"time"
)

type Options struct {
	Timeout *time.Duration
	Retries *int
	Name    *string
	Ratio   *float64
}

func (o Options) String() string {
	s := "Options{"
	if o.Timeout != nil {
		s += fmt.Sprint("timeout=", *o.Timeout, " ")
	}
	if o.Retries != nil {
		s += fmt.Sprint("retries=", *o.Retries, " ")
	}
	if o.Name != nil {
		s += "name=" + *o.Name + " "
	}
	if o.Ratio != nil {
		s += fmt.Sprintf("ratio=%.2f ", *o.Ratio)
	}
	return s + "}"
}

func retries(base int) int { return base * 2 }

func main() {
	o := Options{
		Timeout: new(3 * time.Second),
		Retries: new(retries(2)),
		Name:    new("svc-" + "a"),
		Ratio:   new(0.75),
	}
	fmt.Println(o)
	*o.Retries++
	fmt.Println(*o.Retries, Options{Name: new("only")})
	ps := []*int{new(1), new(2), new(1 + 2)}
	sum := 0
	for _, p := range ps {
		sum += *p
	}
	fmt.Println(sum, ps[0] != ps[1])
	bp := new(len("abc") > 2)
	fmt.Printf("%T %v\n", bp, *bp)
}
