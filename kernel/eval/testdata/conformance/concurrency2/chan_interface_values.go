package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	ch := make(chan Shape, 3)
	ch <- Rect{2, 3}
	ch <- Circle{1}
	ch <- nil
	close(ch)
	for s := range ch {
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
	errc := make(chan error, 2)
	errc <- errors.New("e1")
	errc <- nil
	fmt.Println(<-errc, <-errc)
	anyc := make(chan any, 3)
	anyc <- 1
	anyc <- "s"
	anyc <- []int{1}
	for i := 0; i < 3; i++ {
		switch v := (<-anyc).(type) {
		case int:
			fmt.Println("int", v)
		case string:
			fmt.Println("string", v)
		default:
			fmt.Printf("other %v\n", v)
		}
	}
}
