package main

import "fmt"

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v*100)
		}
	}
	return out
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 1; i <= 2; i++ {
			b <- i
		}
		close(b)
	}()
	res := merge(a, b)
	sum := 0
	for _, v := range res {
		sum += v
	}
	fmt.Println(len(res), sum)

	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("never", v)
	case nilc <- 1:
		fmt.Println("never send")
	default:
		fmt.Println("default with nil channels")
	}

	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	count := 0
outer:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			count += v
		}
	}
	fmt.Println("odd sum", count)

	done := make(chan struct{})
	results := make(chan string, 3)
	go func() {
		defer close(done)
		for _, s := range []string{"x", "y", "z"} {
			results <- s
		}
	}()
	<-done
	close(results)
	for r := range results {
		fmt.Print(r)
	}
	fmt.Println()

	// labeled continue inside switch inside for
	n := 0
loop:
	for i := 0; i < 10; i++ {
		switch {
		case i%3 == 0:
			continue loop
		case i == 8:
			break loop
		}
		n += i
	}
	fmt.Println("n", n)

	// closed channel recv gives zero immediately
	cc := make(chan string)
	close(cc)
	v, ok := <-cc
	fmt.Printf("%q %v\n", v, ok)
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		cc <- "x"
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		close(cc)
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		close(nilc)
	}()
	fmt.Println(len(c), cap(c), cap(nilc))
}
