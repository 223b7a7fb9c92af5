package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Teller struct {
	BusyUntil int
	Served    int
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 7))
	var customers []Customer
	t := 0
	for i := range 20 {
		t += rng.IntN(4)
		customers = append(customers, Customer{i, t, 2 + rng.IntN(6)})
	}
	tellers := make([]Teller, 3)
	waits := make([]int, 0, len(customers))
	for _, c := range customers {
		best := 0
		for i := range tellers {
			if tellers[i].BusyUntil < tellers[best].BusyUntil {
				best = i
			}
		}
		start := max(c.Arrive, tellers[best].BusyUntil)
		waits = append(waits, start-c.Arrive)
		tellers[best].BusyUntil = start + c.Service
		tellers[best].Served++
	}
	total := 0
	for _, w := range waits {
		total += w
	}
	fmt.Println("arrivals:", customers[0].Arrive, customers[len(customers)-1].Arrive)
	fmt.Printf("avg wait %.2f, max wait %d\n", float64(total)/float64(len(waits)), slices.Max(waits))
	for i, tl := range tellers {
		fmt.Printf("teller %d served %d, free at %d\n", i, tl.Served, tl.BusyUntil)
	}
}
