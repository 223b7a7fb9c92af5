package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Account struct {
	name    string
	balance int
	lock    threading.RLock
}

func transfer(src, dst *Account, amount, times int) {
	first, second := src, dst
	if second.name < first.name {
		first, second = second, first
	}
	for range times {
		first.lock.Acquire()
		second.lock.Acquire()
		src.balance -= amount
		dst.balance += amount
		second.lock.Release()
		first.lock.Release()
	}
}

func main() {
	accounts := []*Account{{name: "A", balance: 100}, {name: "B", balance: 50}, {name: "C", balance: 0}}
	plan := [][4]int{{0, 1, 3, 100}, {1, 2, 2, 100}, {2, 0, 1, 100}, {1, 0, 1, 50}}
	var ts []*threading.Thread
	for _, p := range plan {
		ts = append(ts, &threading.Thread{Target: func() { transfer(accounts[p[0]], accounts[p[1]], p[2], p[3]) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var out []string
	sum := 0
	for _, a := range accounts {
		out = append(out, fmt.Sprintf("('%s', %d)", a.name, a.balance))
		sum += a.balance
	}
	fmt.Println("["+strings.Join(out, ", ")+"]", sum)
}
