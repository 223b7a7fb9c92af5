package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type account struct {
	name    string
	balance int
	lock    threading.Lock
}

func transfer(src, dst *account, amount, times int) {
	for i := 0; i < times; i++ {
		first, second := src, dst
		if dst.name < src.name {
			first, second = dst, src
		}
		first.lock.Acquire()
		second.lock.Acquire()
		src.balance -= amount
		dst.balance += amount
		second.lock.Release()
		first.lock.Release()
	}
}

func main() {
	a, b := &account{name: "a", balance: 1000}, &account{name: "b", balance: 1000}
	ts := []*threading.Thread{
		{Target: func() { transfer(a, b, 3, 100) }},
		{Target: func() { transfer(b, a, 2, 150) }},
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(a.balance, b.balance, a.balance+b.balance)
}
