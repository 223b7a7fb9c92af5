package main

import "fmt"

func fib(quit <-chan bool) <-chan int {
	c := make(chan int)
	go func() {
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-quit:
				close(c)
				return
			}
		}
	}()
	return c
}

func primes(quit chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 2; ; n++ {
			isP := true
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					isP = false
					break
				}
			}
			if !isP {
				continue
			}
			select {
			case out <- n:
			case <-quit:
				return
			}
		}
	}()
	return out
}

func main() {
	quit := make(chan bool)
	f := fib(quit)
	for i := 0; i < 12; i++ {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
	quit <- true
	_, ok := <-f
	fmt.Println("fib closed:", !ok)

	q := make(chan struct{})
	p := primes(q)
	var ps []int
	for v := range p {
		ps = append(ps, v)
		if len(ps) == 15 {
			close(q)
			break
		}
	}
	fmt.Println(ps)
}
