package main

import (
	"fmt"
	"sync"
)

func main() {
	// ExampleOnce
	{
		var once sync.Once
		onceBody := func() {
			fmt.Println("Only once")
		}
		done := make(chan bool)
		for i := 0; i < 10; i++ {
			go func() {
				once.Do(onceBody)
				done <- true
			}()
		}
		for i := 0; i < 10; i++ {
			<-done
		}
	}

	// ExampleOnceValue
	{
		once := sync.OnceValue(func() int {
			sum := 0
			for i := 0; i < 1000; i++ {
				sum += i
			}
			fmt.Println("Computed once:", sum)
			return sum
		})
		done := make(chan bool)
		for i := 0; i < 10; i++ {
			go func() {
				const want = 499500
				got := once()
				if got != want {
					fmt.Println("want", want, "got", got)
				}
				done <- true
			}()
		}
		for i := 0; i < 10; i++ {
			<-done
		}
	}
}
