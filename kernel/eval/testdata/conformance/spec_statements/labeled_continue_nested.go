package main

import "fmt"

func main() {
	primes := []int{}
outer:
	for n := 2; len(primes) < 8; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	count := 0
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j > i:
				continue rows
			case i == 3:
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
	ch := make(chan int, 5)
	for i := range 5 {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break recv
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
}
