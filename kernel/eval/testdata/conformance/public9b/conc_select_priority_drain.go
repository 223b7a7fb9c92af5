package main

import (
	"fmt"
	"strings"
)

type Job struct {
	Pri  string
	Name string
}

func main() {
	high := make(chan Job, 10)
	low := make(chan Job, 10)
	for i := range 3 {
		low <- Job{"low", fmt.Sprint("l", i)}
	}
	for i := range 2 {
		high <- Job{"high", fmt.Sprint("h", i)}
	}
	close(high)
	close(low)
	var order []string
	for high != nil || low != nil {
		select {
		case j, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, j.Name)
			continue
		default:
		}
		if high != nil {
			continue
		}
		j, ok := <-low
		if !ok {
			low = nil
			continue
		}
		order = append(order, j.Name)
	}
	fmt.Println(strings.Join(order, " "))
	results := make(chan int, 5)
	quit := make(chan struct{})
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case <-quit:
				return
			case results <- i * i:
				if i == 5 {
					<-quit
					return
				}
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v == 25 {
			close(quit)
		}
	}
	fmt.Println("sum", sum)
	var none chan int
	select {
	case v := <-none:
		fmt.Println(v)
	case none <- 1:
	default:
		fmt.Println("nothing ready")
	}
	buf := make(chan int, 2)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println(sent, len(buf), cap(buf))
}
