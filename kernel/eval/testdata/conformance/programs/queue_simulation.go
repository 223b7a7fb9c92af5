package main

import (
	"fmt"
	"math/rand"
)

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

func main() {
	r := rand.New(rand.NewSource(42))
	var customers []Customer
	t := 0
	for i := 1; i <= 10; i++ {
		t += r.Intn(5)
		customers = append(customers, Customer{i, t, 1 + r.Intn(6)})
	}
	free := 0
	totalWait := 0
	for _, c := range customers {
		start := max(free, c.Arrive)
		wait := start - c.Arrive
		totalWait += wait
		free = start + c.Service
		fmt.Printf("customer %2d arrive %2d start %2d wait %d done %2d\n", c.ID, c.Arrive, start, wait, free)
	}
	fmt.Printf("average wait %.2f\n", float64(totalWait)/float64(len(customers)))
	perm := r.Perm(5)
	fmt.Println(perm, r.Float64() < 1)
}
