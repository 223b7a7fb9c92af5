package main

import (
	"fmt"
	"iter"
	"slices"
)

type Event struct {
	T    int
	Name string
}

func (e Event) String() string { return fmt.Sprintf("%d:%s", e.T, e.Name) }

type Log []Event

func (l Log) All() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range l {
			if !yield(e) {
				return
			}
		}
	}
}

func Merge(a, b iter.Seq[Event]) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		ea, oka := na()
		eb, okb := nb()
		for oka || okb {
			if !okb || (oka && ea.T <= eb.T) {
				if !yield(ea) {
					return
				}
				ea, oka = na()
			} else {
				if !yield(eb) {
					return
				}
				eb, okb = nb()
			}
		}
	}
}

func main() {
	a := Log{{1, "boot"}, {4, "login"}, {9, "logout"}}
	b := Log{{2, "cron"}, {4, "mail"}, {5, "backup"}, {12, "shutdown"}}
	fmt.Println(slices.Collect(Merge(a.All(), b.All())))
	for e := range Merge(a.All(), b.All()) {
		if e.T > 4 {
			break
		}
		fmt.Print(e, " ")
	}
	fmt.Println()
	next, stop := iter.Pull2(func(yield func(int, Event) bool) {
		for i, e := range b {
			if !yield(i*10, e) {
				fmt.Println("stopped early")
				return
			}
		}
	})
	k, v, ok := next()
	fmt.Println(k, v, ok)
	k, v, ok = next()
	fmt.Println(k, v, ok)
	stop()
	k, v, ok = next()
	fmt.Println(k, v, ok)
}
