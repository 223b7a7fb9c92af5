package main

import (
	"fmt"
	"sync"
)

type op struct {
	amount int
	reply  chan int
}

func teller(deposits <-chan op, balances <-chan chan int) {
	balance := 0
	for {
		select {
		case d := <-deposits:
			balance += d.amount
			d.reply <- balance
		case b := <-balances:
			b <- balance
		}
	}
}

func main() {
	deposits := make(chan op)
	balances := make(chan chan int)
	go teller(deposits, balances)
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			r := make(chan int)
			deposits <- op{n, r}
			<-r
		}(i)
	}
	wg.Wait()
	q := make(chan int)
	balances <- q
	fmt.Println("balance:", <-q)
}
